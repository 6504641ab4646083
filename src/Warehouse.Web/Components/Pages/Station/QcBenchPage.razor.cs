using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Core.Quality;
using Warehouse.Core.Stations;
using Warehouse.Web.Auth;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>
/// The QC bench screen: the packing station's shape (badge sign-in, scan box, a big result with colour and
/// sound) with the expected items and the checklist of their categories. Scans from the wedge, the manual
/// box, or elsewhere (floor events) all go through the pipeline; the page reads only <see cref="QcBenchBoard"/>.
/// No photo button yet: the bench's camera waits for <c>js/photo-capture.js</c>.
/// </summary>
public sealed partial class QcBenchPage
{
    [Inject] private StationPipeline Pipeline { get; set; } = default!;
    [Inject] private QcBenchBoard Board { get; set; } = default!;
    [Inject] private FloorEvents Events { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private ILogger<QcBenchPage> Log { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private string _stationCode = "";
    private QcBenchView? _view;
    private ScanResult? _last;
    private int _resultSeq;
    private bool _showCommands;
    private string _manual = "";
    private IDisposable? _subscription;
    private StationScreen _screen = default!;

    private Texts T => Texts.For(_view?.OperatorLanguage ?? FloorText.DefaultLanguage);

    private IReadOnlyList<StationLine> Lines =>
        _view?.Lines.Select(l => new StationLine(l.SkuCode, l.Name, l.Gtin, l.Expected, l.Scanned, l.Fragile)).ToList() ?? [];

    protected override async Task OnInitializedAsync()
    {
        _stationCode = (await AuthState).User.FindFirst(FloorSchemes.StationClaim)?.Value ?? "";
        _screen = new StationScreen(Pipeline, Js, Log);
        _view = await Board.LoadAsync(_stationCode);
        _subscription = Events.Subscribe(OnFloorEventAsync);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender) await _screen.AttachAsync(this);
    }

    [JSInvokable]
    public Task OnWedgeScan(string code) => ScanAsync(code);

    private async Task ScanManualAsync()
    {
        var code = _manual;
        _manual = "";
        await ScanAsync(code);
    }

    private async Task ScanAsync(string code) =>
        await AnswerAsync(await _screen.ScanAsync(_stationCode, code, new FloorMessage(QcCodes.NextScanTote)));

    private async Task AnswerAsync(ScanResult result)
    {
        (_last, _resultSeq) = (result, _resultSeq + 1);
        _view = await Board.LoadAsync(_stationCode);
        await _screen.SoundAsync(result.Outcome.ToString());
        StateHasChanged();
    }

    private Task OnFloorEventAsync(FloorEvent e)
    {
        if (!string.Equals(e.StationCode, _stationCode, StringComparison.OrdinalIgnoreCase)) return Task.CompletedTask;
        return InvokeAsync(async () =>
        {
            try
            {
                // Our own scans are shown by ScanAsync; the scanner on the serial line, the agent or the API show here.
                if (_screen.AnswerFor(e, new FloorMessage(QcCodes.NextScanItem)) is { } answer)
                    await AnswerAsync(answer);
                else if (e is not ScanDecided)
                {
                    _view = await Board.LoadAsync(_stationCode);
                    StateHasChanged();
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A page that stops following its station must say so: end the circuit instead.
                await DispatchExceptionAsync(error);
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_screen is not null) await _screen.DetachAsync();
    }
}
