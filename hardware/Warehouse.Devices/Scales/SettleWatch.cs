namespace Warehouse.Devices.Scales;

/// <summary>
/// Since when a scale has stood still on its current weight. A parcel's weight counts only once
/// it has been stable for a while after the last item landed; the scale's own "stable" flag says
/// nothing about for how long.
/// </summary>
public sealed class SettleWatch
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _stableSince;
    private int _lastGrams;

    /// <summary>Feed every reading the driver reports as changed (<see cref="SerialScale.ReadingChanged"/>).</summary>
    public void Observe(ScaleReading reading)
    {
        lock (_gate)
        {
            if (reading is ScaleReading.Stable s)
            {
                if (_stableSince is null || s.Grams != _lastGrams) _stableSince = s.At;
                _lastGrams = s.Grams;
            }
            else
            {
                _stableSince = null;
                if (reading is ScaleReading.InMotion { Grams: int g }) _lastGrams = g;
            }
        }
    }

    /// <summary>When the current stable weight settled; null while the scale is moving or in fault.</summary>
    public DateTimeOffset? StableSince(ScaleReading current)
    {
        lock (_gate) return current is ScaleReading.Stable s ? _stableSince ?? s.At : null;
    }

    /// <summary>The last weight the scale showed, stable or moving, for display while it moves.</summary>
    public int LastGrams
    {
        get { lock (_gate) return _lastGrams; }
    }
}
