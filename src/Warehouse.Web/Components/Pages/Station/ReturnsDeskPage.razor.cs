using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Warehouse.Core.Floor;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;
using Warehouse.Web.Auth;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>
/// The returns desk screen: the QC bench's shape (badge sign-in, scan box, a big result with colour and sound)
/// with the return open at the desk, its declared lines, the units taken out and the one being decided, with
/// its checklist, note and photos. Buttons send the same commands a scanner reads off the sheet; scans from the
/// wedge, the manual box, or elsewhere (floor events) all go through the pipeline. The page reads only
/// <see cref="ReturnsDeskBoard"/>.
/// </summary>
public sealed partial class ReturnsDeskPage
{
    [Inject] private StationPipeline Pipeline { get; set; } = default!;
    [Inject] private ReturnsDeskBoard Board { get; set; } = default!;
    [Inject] private ReturnsDeskNotes Notes { get; set; } = default!;
    [Inject] private FloorEvents Events { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private ILogger<ReturnsDeskPage> Log { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private static readonly FloorMessage NextWhenLost = new(ReturnsDeskCodes.NextScanParcel);

    private string _stationCode = "";
    private ReturnsDeskView? _view;
    private ScanResult? _last;
    private int _resultSeq;
    private bool _showCommands;
    private string _manual = "";
    private IDisposable? _subscription;
    private StationScreen _screen = default!;
    private string? _circuitLanguage;

    private Texts T => Texts.For(_view?.OperatorLanguage ?? FloorText.DefaultLanguage);

    /// <summary>Where the desk is, for a reader (and a test) of the page: signed-out, idle, open, unit, graded, place, refund, refund-amount, refund-reason.</summary>
    private string State => _view switch
    {
        null or { OperatorName: null } => "signed-out",
        { Return: null } => "idle",
        { Return.Refund.Step: ReturnsDeskRefundStep.Amount } => "refund-amount",
        { Return.Refund.Step: ReturnsDeskRefundStep.Reason } => "refund-reason",
        { Return.Refund: not null } => "refund",
        { Return.OnDesk: null } => "open",
        { Return.OnDesk: { Disposition: not null } } => "place",
        { Return.OnDesk: { Grade: not null } } => "graded",
        _ => "unit",
    };

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
        if (_circuitLanguage != T.Language)
        {
            // The circuit screens in App.razor speak the clerk's language when the circuit is gone.
            _circuitLanguage = T.Language;
            await Js.InvokeVoidAsync("warehouseCircuit.language", T.Language);
        }
    }

    [JSInvokable]
    public Task OnWedgeScan(string code) => ScanAsync(code);

    /// <summary>A photo of the return went up over HTTP (js/evidence-photo.js): show its thumbnail.</summary>
    [JSInvokable]
    public async Task OnPhotoStored()
    {
        _view = await Board.LoadAsync(_stationCode);
        StateHasChanged();
    }

    private async Task ScanManualAsync()
    {
        var code = _manual;
        _manual = "";
        await ScanAsync(code);
    }

    private async Task ScanAsync(string code) => await AnswerAsync(await _screen.ScanAsync(_stationCode, code, NextWhenLost));

    private async Task NoteAsync(string typed)
    {
        await AnswerAsync(await _screen.EnterAsync(id => Notes.NoteAsync(_stationCode, id, typed), NextWhenLost));
        // Out of the note field: the next thing at the desk is the scanner, heard anywhere on the page.
        try { await Js.InvokeVoidAsync("warehouseStation.leaveField"); }
        catch (JSDisconnectedException) { }
    }

    private async Task AnswerAsync(ScanResult result)
    {
        (_last, _resultSeq) = (result, _resultSeq + 1);
        _view = await Board.LoadAsync(_stationCode);
        await _screen.SoundAsync(result.Outcome.ToString());
        StateHasChanged();
    }

    private Task OnFloorEventAsync(FloorEvent e)
    {
        if (!string.Equals(e.StationCode, _stationCode, StringComparison.OrdinalIgnoreCase) && !IsShownDecisionPaid(e)) return Task.CompletedTask;
        return InvokeAsync(async () =>
        {
            try
            {
                // Our own scans are shown by ScanAsync; the scanner on the serial line, the agent or the API show here.
                if (_screen.AnswerFor(e, NextWhenLost) is { } answer)
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

    /// <summary>The shop confirmed the refund this screen shows as waiting (a fact of no station): it shows "refunded".</summary>
    private bool IsShownDecisionPaid(FloorEvent e) => e is ReturnRefunded paid && paid.ReturnNumber == _view?.LastDecision?.Number;

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_screen is not null) await _screen.DetachAsync();
    }
}
