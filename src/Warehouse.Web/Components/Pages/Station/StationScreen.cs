using Microsoft.JSInterop;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>
/// What every station screen does with scans, whatever the kind: its own scan ids (to tell its scans from
/// the scanner's, the agent's or the API's), a pipeline call whose failure the operator hears as "not stored",
/// the keyboard wedge (<c>station.js</c>) and the sounds.
/// </summary>
internal sealed class StationScreen(StationPipeline pipeline, IJSRuntime js, ILogger log)
{
    private readonly string _scanPrefix = "page-" + Guid.NewGuid().ToString("N")[..8] + "-";
    private IDisposable? _page;

    public bool IsOwnScan(string scanId) => scanId.StartsWith(_scanPrefix, StringComparison.Ordinal);

    /// <param name="nextWhenLost">What to ask for when the scan could not be decided at all.</param>
    public async Task<ScanResult> ScanAsync(string station, string code, FloorMessage nextWhenLost)
    {
        try
        {
            return await pipeline.ScanAsync(new ScanRequest(station, _scanPrefix + Guid.NewGuid().ToString("N"), code));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The operator must hear that this scan was not taken, whatever broke.
            log.LogError(e, "Scan at {Station} failed", station);
            return new ScanResult(ScanOutcome.Refused, new FloorMessage("scan.not_stored"), nextWhenLost);
        }
    }

    /// <summary>Something typed on the screen (a returns desk's note), sent with a scan id of this screen; a failure is heard like a lost scan.</summary>
    public async Task<ScanResult> EnterAsync(Func<string, Task<ScanResult>> send, FloorMessage nextWhenLost)
    {
        try
        {
            return await send(_scanPrefix + Guid.NewGuid().ToString("N"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "An entry at a station failed");
            return new ScanResult(ScanOutcome.Refused, new FloorMessage("scan.not_stored"), nextWhenLost);
        }
    }

    /// <summary>A supervisor's PIN for the approval the station waits for; a failure is heard like a lost scan.</summary>
    public async Task<ScanResult> ApproveAsync(string station, string pin, FloorMessage nextWhenLost)
    {
        try
        {
            return await pipeline.ApproveAsync(new SupervisorPinEntry(station, _scanPrefix + Guid.NewGuid().ToString("N"), pin));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "PIN approval at {Station} failed", station);
            return new ScanResult(ScanOutcome.Refused, new FloorMessage("scan.not_stored"), nextWhenLost);
        }
    }

    /// <summary>
    /// What a floor event at this station shows as the screen's answer: a scan from elsewhere (the scanner on the
    /// serial line, the agent, the API) its own answer, a notice (signed out when idle…) a refusal. Null for this
    /// screen's own scans (shown when they return) and for changes the screen only reloads for.
    /// </summary>
    /// <param name="next">The next step to show with a scan from elsewhere.</param>
    public ScanResult? AnswerFor(FloorEvent e, FloorMessage next) => e switch
    {
        ScanDecided scan when !IsOwnScan(scan.ScanId) => new ScanResult(scan.Outcome, scan.Message, next),
        StationChanged { Notice: { } notice } => new ScanResult(ScanOutcome.Refused, notice, new FloorMessage(StationCodes.NextSignIn)),
        _ => null,
    };

    /// <summary>Hands the wedge's scans to <paramref name="page"/> (its <c>OnWedgeScan</c>).</summary>
    public async Task AttachAsync<TPage>(TPage page) where TPage : class
    {
        var self = DotNetObjectReference.Create(page);
        _page = self;
        await js.InvokeVoidAsync("warehouseStation.attach", self);
    }

    public async Task SoundAsync(string sound)
    {
        try
        {
            await js.InvokeVoidAsync("warehouseStation.sound", sound);
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; the result is stored anyway.
        }
    }

    public async Task DetachAsync()
    {
        if (_page is null) return;
        try { await js.InvokeVoidAsync("warehouseStation.detach"); }
        catch (JSDisconnectedException) { }
        _page.Dispose();
        _page = null;
    }
}
