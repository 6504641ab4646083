using Warehouse.Core.Packing;
using Warehouse.Devices.Scales;

using Warehouse.Core.Stations;

namespace Warehouse.Web.LocalDevices;

/// <summary>
/// Feeds a station's serial scale to the packing station, as the scale is polled: the station
/// shows every reading live and judges stable ones once the last item has had time to land.
/// </summary>
internal sealed class StationScaleFeed(string stationCode, SerialScale scale, StationPipeline pipeline, DeviceOwners owners, TimeProvider time, ILogger log)
{
    private readonly SettleWatch _settle = new();

    public async Task RunAsync(TimeSpan every, CancellationToken ct)
    {
        scale.ReadingChanged += _settle.Observe;
        try
        {
            using var tick = new PeriodicTimer(every, time);
            while (await tick.WaitForNextTickAsync(ct))
            {
                // Two scales must never feed one station: a reading from a scale that is no longer
                // the station's is dropped (this feed is being stopped).
                if (await owners.OfAsync(stationCode, ct) != DeviceOwner.Server) continue;
                try
                {
                    await pipeline.WeighAsync(stationCode, ToStation(scale.Current), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Weight from {Station}'s scale was not taken", stationCode);
                }
            }
        }
        finally
        {
            scale.ReadingChanged -= _settle.Observe;
        }
    }

    private WeightReading ToStation(ScaleReading reading)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return reading switch
        {
            ScaleReading.Stable s => new WeightReading(s.Grams, true, now, (_settle.StableSince(s) ?? s.At).UtcDateTime),
            ScaleReading.InMotion m => new WeightReading(m.Grams ?? _settle.LastGrams, false, now, null),
            ScaleReading.Overload => new WeightReading(0, false, now, null, "scale.overload"),
            ScaleReading.Underload => new WeightReading(0, false, now, null, "scale.underload"),
            ScaleReading.NoAnswer => new WeightReading(0, false, now, null, "scale.silent"),
            _ => new WeightReading(0, false, now, null, "scale.fault"),
        };
    }
}
