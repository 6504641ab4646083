using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Web.Auth;
using Warehouse.Web.Floor;
using Warehouse.Web.Localization;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>
/// The packing station screen. Scans arrive from the keyboard wedge anywhere on the page
/// (station.js tells a scanner burst from typing), from the manual box, or from other
/// sources via floor events; every result is shown with an icon, a word, a colour and a sound.
/// </summary>
public sealed partial class PackingStationPage
{
    [Inject] private StationPipeline Pipeline { get; set; } = default!;
    [Inject] private StationBoard Board { get; set; } = default!;
    [Inject] private ScaleReadings Scales { get; set; } = default!;
    [Inject] private FloorEvents Events { get; set; } = default!;
    [Inject] private DeviceHealthBoard Devices { get; set; } = default!;
    [Inject] private StationScale ScaleControl { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private ILogger<PackingStationPage> Log { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private string _stationCode = "";
    private StationView? _view;
    private ScanResult? _last;
    private WeightReading? _live;
    private StationDevicesLive? _devices;

    // Tells this page's own scans from those of the station's scanner, agent or the API.
    private readonly string _pageScanPrefix = "page-" + Guid.NewGuid().ToString("N")[..8] + "-";
    private string _manual = "";
    private IDisposable? _subscription;
    private DotNetObjectReference<PackingStationPage>? _self;

    private string Language => _view?.OperatorLanguage ?? FloorText.DefaultLanguage;

    private string T(FloorMessage message) => FloorText.Translate(message, Language);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        _stationCode = user.FindFirst(FloorSchemes.StationClaim)?.Value ?? "";
        _live = Scales.Latest(_stationCode);
        _devices = Devices.For(_stationCode);
        _view = await Board.LoadAsync(_stationCode);
        _subscription = Events.Subscribe(OnFloorEventAsync);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _self = DotNetObjectReference.Create(this);
        await Js.InvokeVoidAsync("warehouseStation.attach", _self);
    }

    [JSInvokable]
    public Task OnWedgeScan(string code) => ScanAsync(code);

    private async Task ScanManualAsync()
    {
        var code = _manual;
        _manual = "";
        await ScanAsync(code);
    }

    private async Task ScanAsync(string code)
    {
        try
        {
            _last = await Pipeline.ScanAsync(new ScanRequest(_stationCode, _pageScanPrefix + Guid.NewGuid().ToString("N"), code));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The packer must hear that this scan was not taken, whatever broke.
            Log.LogError(e, "Scan at {Station} failed", _stationCode);
            _last = new ScanResult(ScanOutcome.Refused, new FloorMessage("scan.not_stored"), new FloorMessage("next.scan_item"));
        }
        _view = await Board.LoadAsync(_stationCode);
        await SoundAsync(_last.Outcome);
        StateHasChanged();
    }

    private Task OnFloorEventAsync(FloorEvent e)
    {
        if (!string.Equals(e.StationCode, _stationCode, StringComparison.OrdinalIgnoreCase)) return Task.CompletedTask;
        return InvokeAsync(async () =>
        {
            if (e.Kind == FloorEvent.Kinds.Weight)
            {
                _live = Scales.Latest(_stationCode);
                StateHasChanged();
                return;
            }
            if (e.Kind == FloorEvent.Kinds.Device)
            {
                _devices = Devices.For(_stationCode);
                StateHasChanged();
                return;
            }
            if (e.Kind == FloorEvent.Kinds.ScaleCommand && e.Message is { } said && Enum.TryParse<ScanOutcome>(e.Outcome, out var answer))
            {
                _last = new ScanResult(answer, said, _view?.Next ?? new FloorMessage("next.scan_item"));
                await SoundAsync(answer);
                StateHasChanged();
                return;
            }
            if (e.Kind == FloorEvent.Kinds.Scan)
            {
                // Our own scans are shown by ScanAsync; the scanner on the serial line, the agent or the API show here.
                if (e.ScanId is null || e.ScanId.StartsWith(_pageScanPrefix, StringComparison.Ordinal)) return;
                if (e.Message is { } scanMessage && Enum.TryParse<ScanOutcome>(e.Outcome, out var scanned))
                {
                    _view = await Board.LoadAsync(_stationCode);
                    _last = new ScanResult(scanned, scanMessage, _view?.Next ?? new FloorMessage("next.scan_item"));
                    await SoundAsync(scanned);
                    StateHasChanged();
                }
                return;
            }
            if (e.Kind == "weighed" && e.Message is { } message && Enum.TryParse<ScanOutcome>(e.Outcome, out var outcome))
            {
                _last = new ScanResult(outcome, message, new FloorMessage("next.scan_order"));
                await SoundAsync(outcome);
            }
            if (e.Kind == FloorEvent.Kinds.OrderStopped && e.Message is { } stopped)
            {
                _last = new ScanResult(ScanOutcome.Refused, stopped, new FloorMessage("next.put_aside", e.OrderNumber ?? ""));
                await SoundAsync(ScanOutcome.Refused);
            }
            _view = await Board.LoadAsync(_stationCode);
            StateHasChanged();
        });
    }

    /// <summary>Zero or tare from the page; the scale's answer comes back as a floor event.</summary>
    private async Task ScaleCommandAsync(string command)
    {
        if (await ScaleControl.SendAsync(_stationCode, command)) return;
        _last = new ScanResult(ScanOutcome.Refused, new FloorMessage("scale.no_device"), _view?.Next ?? new FloorMessage("next.scan_item"));
        await SoundAsync(ScanOutcome.Refused);
    }

    private async Task SoundAsync(ScanOutcome outcome)
    {
        try
        {
            await Js.InvokeVoidAsync("warehouseStation.sound", outcome.ToString());
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; the result is stored anyway.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_self is not null)
        {
            try { await Js.InvokeVoidAsync("warehouseStation.detach"); }
            catch (JSDisconnectedException) { }
            _self.Dispose();
        }
    }
}
