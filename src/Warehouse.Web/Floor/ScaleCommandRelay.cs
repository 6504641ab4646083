using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Floor;

/// <summary>
/// Zero and tare scanned as command barcodes are decided by the station pipeline; this sends them
/// to the station's scale wherever it hangs (agent or server) once the scan is stored, and says so
/// when the station has no scale to command.
/// </summary>
internal sealed class ScaleCommandRelay(FloorEvents events, StationScale scale, FloorClock clock) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = events.Subscribe(async e =>
        {
            if (e is not ScaleCommandRequested { StationCode: { } station } asked) return;
            if (await scale.SendAsync(station, asked.Command)) return;
            events.Publish(new ScaleCommandAnswered(clock.UtcNow, station, false, new FloorMessage("scale.no_device")));
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
