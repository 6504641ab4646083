using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Devices;
using Warehouse.Devices.Scanners;

using Warehouse.Core.Stations;

namespace Warehouse.Web.LocalDevices;

/// <summary>Each line a station's serial scanner reads becomes a scan at that station, through the same pipeline as the page.</summary>
internal sealed class StationScannerFeed(string stationCode, SerialScanner scanner, StationPipeline pipeline, DeviceOwners owners, FloorEvents events, FloorClock clock, ILogger log)
{
    // Unique per run of the app: a restart must not replay an old id onto a new scan.
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _number;

    public async Task RunAsync(CancellationToken ct)
    {
        await foreach (var e in scanner.Events.ReadAllAsync(ct))
        {
            switch (e)
            {
                case ScannedCode code:
                    var data = code.ForStation;
                    if (await owners.OfAsync(stationCode, ct) != DeviceOwner.Server)
                    {
                        // Read in the moment the station went to its agent: not this scanner's to give.
                        log.LogWarning("Scan from {Station}'s local scanner refused: the station's devices are no longer the server's", stationCode);
                        break;
                    }
                    try
                    {
                        await pipeline.ScanAsync(new ScanRequest(stationCode, $"{stationCode}:{_run}:{++_number}", data), ct);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        log.LogError(ex, "Scan from {Station}'s scanner was not taken", stationCode);
                    }
                    break;
                case ScannerFault fault:
                    log.LogWarning("{Station} scanner: {Kind} {Reason}", stationCode, fault.Kind, fault.Reason);
                    // Unplugged is the scanner's health (the banner); a line that is not a code is a refused scan.
                    if (fault.Kind != ScannerFaultKind.DeviceGone) events.Publish(new ScannerRefused(clock.UtcNow, stationCode, DeviceReports.Code(fault.Kind)));
                    break;
            }
        }
    }
}
