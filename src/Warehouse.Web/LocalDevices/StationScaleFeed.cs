using Warehouse.Core.Packing;
using Warehouse.Devices.Scales;

namespace Warehouse.Web.LocalDevices;

/// <summary>
/// Feeds a station's serial scale to the packing station, as the scale is polled: the station
/// shows every reading live and judges stable ones once the last item has had time to land.
/// </summary>
internal sealed class StationScaleFeed(string stationCode, SerialScale scale, PackingStation packing, TimeProvider time, ILogger log)
{
    private readonly Lock _gate = new();
    private DateTime? _settledSince;
    private int _lastGrams;

    public async Task RunAsync(TimeSpan every, CancellationToken ct)
    {
        scale.ReadingChanged += OnChanged;
        try
        {
            using var tick = new PeriodicTimer(every, time);
            while (await tick.WaitForNextTickAsync(ct))
            {
                try
                {
                    await packing.WeighAsync(stationCode, ToStation(scale.Current), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Weight from {Station}'s scale was not taken", stationCode);
                }
            }
        }
        finally
        {
            scale.ReadingChanged -= OnChanged;
        }
    }

    // The driver says when a reading changes; the station needs to know since when it has been stable.
    private void OnChanged(ScaleReading reading)
    {
        lock (_gate)
        {
            if (reading is ScaleReading.Stable s)
            {
                if (_settledSince is null || s.Grams != _lastGrams) _settledSince = s.At.UtcDateTime;
                _lastGrams = s.Grams;
            }
            else
            {
                _settledSince = null;
                if (reading is ScaleReading.InMotion { Grams: int g }) _lastGrams = g;
            }
        }
    }

    private WeightReading ToStation(ScaleReading reading)
    {
        var now = time.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            return reading switch
            {
                ScaleReading.Stable s => new WeightReading(s.Grams, true, now, _settledSince ?? s.At.UtcDateTime),
                ScaleReading.InMotion m => new WeightReading(m.Grams ?? _lastGrams, false, now, null),
                ScaleReading.Overload => new WeightReading(0, false, now, null, "scale.overload"),
                ScaleReading.Underload => new WeightReading(0, false, now, null, "scale.underload"),
                ScaleReading.NoAnswer => new WeightReading(0, false, now, null, "scale.silent"),
                _ => new WeightReading(0, false, now, null, "scale.fault"),
            };
        }
    }
}
