using Warehouse.Core.Packing;

namespace Warehouse.Web.Demo;

/// <summary>
/// A packing station's scale in demo mode: it weighs what has been scanned into the parcel
/// (items and the suggested carton), swings for a moment after every change, then settles
/// with a little noise. An extra load can be put on it to play a wrong item.
/// </summary>
public sealed class DemoScale(string stationCode, DemoOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Random _noise = new(stationCode.GetHashCode());
    private int _load;
    private int _settledGrams;
    private DateTime _changedUtc = DateTime.MinValue;
    private DateTime? _settledUtc;

    public string StationCode => stationCode;
    public DemoScaleFault Fault { get; set; }

    /// <summary>Grams put on the scale by hand (a demo or a test), on top of the parcel.</summary>
    public int ExtraGrams { get; set; }

    public void SetParcelLoad(int grams)
    {
        lock (_gate)
        {
            if (grams == _load) return;
            _load = grams;
            _changedUtc = time.GetUtcNow().UtcDateTime;
            _settledUtc = null;
        }
    }

    /// <summary>The reading the scale gives now; null while it is silent.</summary>
    public WeightReading? Read()
    {
        var now = time.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            var target = _load + ExtraGrams;
            switch (Fault)
            {
                case DemoScaleFault.Silent:
                    return null;
                case DemoScaleFault.Overload:
                    return new WeightReading(0, false, now, null, "scale.overload");
                case DemoScaleFault.StuckInMotion:
                    return new WeightReading(Math.Max(0, target + _noise.Next(-80, 80)), false, now, null);
            }
            if (now - _changedUtc < TimeSpan.FromMilliseconds(options.ScaleSettleMilliseconds))
                return new WeightReading(Math.Max(0, target + _noise.Next(-60, 60)), false, now, null);
            if (_settledUtc is null || _settledGrams - target is > 3 or < -3)
            {
                _settledUtc = now;
                _settledGrams = target == 0 ? 0 : Math.Max(0, target + _noise.Next(-3, 4));
            }
            return new WeightReading(_settledGrams, true, now, _settledUtc);
        }
    }
}
