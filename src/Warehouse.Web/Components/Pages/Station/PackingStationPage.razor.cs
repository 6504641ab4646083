using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Web.Auth;
using Warehouse.Web.Floor;
using Warehouse.Web.Localization;
using Warehouse.Web.LocalDevices;
using Warehouse.Core.Shipping;
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
    [Inject] private StationScanners Scanners { get; set; } = default!;
    [Inject] private StationScale ScaleControl { get; set; } = default!;
    [Inject] private FloorClock Clock { get; set; } = default!;
    [Inject] private CarrierDirectory Carriers { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private Warehouse.Web.Printing.StationSlipPrinters SlipPrinters { get; set; } = default!;
    // Read on every render: a station added to Packing:PhotoAtLastItem takes photos at once.
    [Inject] private Microsoft.Extensions.Options.IOptionsMonitor<PackingOptions> PackingSettings { get; set; } = default!;
    [Inject] private ILogger<PackingStationPage> Log { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private string _stationCode = "";
    private StationView? _view;
    private ScanResult? _last;
    private int _resultSeq;
    private bool _showCommands; // counts answers: the same answer twice still shows as a new one
    private WeightReading? _live;
    private StationDevicesLive? _devices;
    private DeviceOwner? _scannerReader; // null: no serial scanner, the keyboard wedge only

    // Tells this page's own scans from those of the station's scanner, agent or the API.
    private StationScreen _screen = default!;
    private string _manual = "";
    private IDisposable? _subscription;
    private readonly LabelWatch _labels = new();
    private SlipPrinting _slips = default!;
    private Timer? _labelTimer;

    private string Language => _view?.OperatorLanguage ?? FloorText.DefaultLanguage;

    /// <summary>The signed-in packer's words: a badge scan re-reads the board, and the next render speaks the new language.</summary>
    private Texts T => Texts.For(Language);

    private string? _htmlLanguage;

    /// <summary>The station's printer as last reported, when it cannot print; null when ready or unknown.</summary>
    private DeviceState? PrinterFault =>
        _devices?.AgentConnected == false ? new DeviceState("agent", false, "offline", "", _devices.SinceUtc)
        : _devices?.Devices.GetValueOrDefault("printer") is { Online: false } printer ? printer : null;

    /// <summary>Why the station's serial scanner is not being heard now; null while it is (or there is none).</summary>
    private ScannerSilence? ScannerDown => StationScanners.Judge(_scannerReader, _devices);

    /// <summary>The parcel just completed waits for its label: "packed, label waiting", not "done".</summary>
    private bool LastParcelLabelWaiting =>
        _last?.Outcome == ScanOutcome.ParcelDone && _view?.RecentParcels is [var newest, ..] && _labels.IsWaiting(newest);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        _stationCode = user.FindFirst(FloorSchemes.StationClaim)?.Value ?? "";
        _screen = new StationScreen(Pipeline, Js, Log);
        _slips = new SlipPrinting(Js, SlipPrinters, _stationCode);
        _live = Scales.Latest(_stationCode);
        _devices = Devices.For(_stationCode);
        _scannerReader = await Scanners.ReaderAsync(_stationCode);
        await ReloadAsync();
        _subscription = Events.Subscribe(OnFloorEventAsync);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await _screen.AttachAsync(this);
            // Opened (or reloaded) while nobody reads the scanner: heard now, not only at the next change.
            if (ScannerDown is not null) await SoundAsync("Fault");
        }
        if (_htmlLanguage != Language)
        {
            // The circuit screens in App.razor speak the page's language when the circuit is gone.
            _htmlLanguage = Language;
            await Js.InvokeVoidAsync("warehouseCircuit.language", Language);
        }
    }

    [JSInvokable]
    public Task OnWedgeScan(string code) => ScanAsync(code);

    private async Task ScanManualAsync()
    {
        var code = _manual;
        _manual = "";
        await ScanAsync(code);
    }

    private async Task PinAsync(string pin)
    {
        var result = await _screen.ApproveAsync(_stationCode, pin, new FloorMessage("next.scan_item"));
        await AnswerAsync(result);
    }

    private async Task ScanAsync(string code)
    {
        var result = await _screen.ScanAsync(_stationCode, code, new FloorMessage("next.scan_item"));
        await AnswerAsync(result);
    }

    /// <summary>Shows a scan's answer with the board as it now is, and one sound for both.</summary>
    private async Task AnswerAsync(ScanResult result)
    {
        Show(result);
        if (result.Outcome == ScanOutcome.ParcelDone) _labels.Forget();
        await _slips.ParcelDoneAsync(result);
        var labelSound = await ReloadAsync();
        await SoundAsync(result.Outcome switch
        {
            ScanOutcome.Refused => "Refused",
            // The label job may have been heard of first: a parcel without its label never chimes.
            ScanOutcome.ParcelDone when LastParcelLabelWaiting => "LabelWaiting",
            ScanOutcome.Accepted when result.Message.Code == Codes.UndoDone => "Undo",
            _ => labelSound ?? result.Outcome.ToString(),
        });
        StateHasChanged();
    }

    /// <summary>Reads the board again and follows its labels; returns the sound the labels call for.</summary>
    private async Task<string?> ReloadAsync()
    {
        _view = await Board.LoadAsync(_stationCode);
        return ReadLabels();
    }

    private string? ReadLabels()
    {
        if (_view is null) return null;
        var sound = _labels.Update(_view.RecentParcels, PrinterFault is null, Clock.UtcNow);
        // A label on its way is called waiting only once it is late: look again then.
        _labelTimer?.Dispose();
        _labelTimer = null;
        if (_labels.NextDueUtc is { } due)
        {
            var wait = due - Clock.UtcNow + TimeSpan.FromMilliseconds(50);
            _labelTimer = new Timer(_ => _ = InvokeAsync(OnLabelDueAsync), null, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
        return sound;
    }

    private async Task OnLabelDueAsync()
    {
        try
        {
            if (await ReloadAsync() is { } sound) await SoundAsync(sound);
            StateHasChanged();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private Task OnFloorEventAsync(FloorEvent e)
    {
        if (!string.Equals(e.StationCode, _stationCode, StringComparison.OrdinalIgnoreCase)) return Task.CompletedTask;
        return InvokeAsync(async () =>
        {
            try
            {
                await ShowAsync(e);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Thrown here, the error would only cut this page off the floor's events and leave
                // a screen that looks alive but no longer follows the station: end the circuit
                // instead, so the page shows that it stopped and reloads.
                await DispatchExceptionAsync(error);
            }
        });
    }

    private async Task ShowAsync(FloorEvent e)
    {
        switch (e)
        {
            case WeightRead:
                _live = Scales.Latest(_stationCode);
                StateHasChanged();
                return;
            case DeviceChanged:
                await DevicesChangedAsync(() => _devices = Devices.For(_stationCode));
                return;
            case StationDevicesSaved:
                // A scanner added, removed or handed to the other side on the device page counts at once.
                var reader = await Scanners.ReaderAsync(_stationCode);
                _view = await Board.LoadAsync(_stationCode);
                await DevicesChangedAsync(() => _scannerReader = reader);
                return;
            case ScaleCommandAnswered answer:
                var outcome = answer.Accepted ? ScanOutcome.Accepted : ScanOutcome.Refused;
                Show(new ScanResult(outcome, answer.Message, _view?.Next ?? new FloorMessage("next.scan_item")));
                await SoundAsync(outcome.ToString());
                StateHasChanged();
                return;
            case ScannerRefused refused:
                // Nothing was scanned, so the board is as it was: the refusal and the refused sound only.
                Show(new ScanResult(ScanOutcome.Refused, refused.Message, _view?.Next ?? new FloorMessage("next.scan_item")));
                await SoundAsync("Refused");
                StateHasChanged();
                return;
            case ScanDecided scan:
                // Our own scans are shown by ScanAsync; the scanner on the serial line, the agent or the API show here.
                if (_screen.IsOwnScan(scan.ScanId)) return;
                await AnswerAsync(new ScanResult(scan.Outcome, scan.Message, new FloorMessage("next.scan_item")));
                return;
            case WeightJudged weighed:
                await AnswerAsync(new ScanResult(weighed.Outcome, weighed.Message, new FloorMessage("next.scan_order")));
                return;
            case StationChanged { Notice: { } notice }:
                // Signed in at another station, signed out for idling, the order taken away: said loudly here.
                await AnswerAsync(new ScanResult(ScanOutcome.Refused, notice, new FloorMessage("next.sign_in")));
                return;
            case OrderStopped stopped:
                await AnswerAsync(new ScanResult(ScanOutcome.Refused, stopped.Reason, new FloorMessage("next.put_aside", stopped.OrderNumber)));
                return;
            default:
                if (await ReloadAsync() is { } sound) await SoundAsync(sound);
                StateHasChanged();
                return;
        }
    }

    /// <summary>One render and at most one sound for a change in the station's devices: a new fault sirens once, a scanner heard again chimes quietly.</summary>
    private async Task DevicesChangedAsync(Action change)
    {
        var (printerBefore, scannerBefore) = (PrinterFault, ScannerDown);
        change();
        var labelSound = ReadLabels();
        var sound = (PrinterFault is not null && printerBefore is null) || (ScannerDown is not null && scannerBefore is null) ? "Fault"
            : ScannerDown is null && scannerBefore is not null ? "ScannerBack"
            : labelSound;
        if (sound is not null) await SoundAsync(sound);
        StateHasChanged();
    }

    /// <summary>Zero or tare from the page; the scale's answer comes back as a floor event.</summary>
    private async Task ScaleCommandAsync(string command)
    {
        if (await ScaleControl.SendAsync(_stationCode, command)) return;
        Show(new ScanResult(ScanOutcome.Refused, new FloorMessage("scale.no_device"), _view?.Next ?? new FloorMessage("next.scan_item")));
        await SoundAsync("Refused");
    }

    private void Show(ScanResult result) => (_last, _resultSeq) = (result, _resultSeq + 1);

    private Task SoundAsync(string sound) => _screen.SoundAsync(sound);

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        _labelTimer?.Dispose();
        if (_screen is not null) await _screen.DetachAsync();
    }
}
