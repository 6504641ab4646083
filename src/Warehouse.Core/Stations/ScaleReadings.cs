using System.Collections.Concurrent;

namespace Warehouse.Core.Stations;

/// <summary>The latest reading of each station's scale, as shown live on the station page.</summary>
public sealed class ScaleReadings
{
    private readonly ConcurrentDictionary<string, WeightReading> _latest = new(StringComparer.OrdinalIgnoreCase);

    public WeightReading? Latest(string stationCode) => _latest.GetValueOrDefault(stationCode);

    /// <summary>Stores the reading; true when it differs from the previous one in weight, stability or fault.</summary>
    public bool Update(string stationCode, WeightReading reading)
    {
        var changed = true;
        _latest.AddOrUpdate(stationCode, reading, (_, previous) =>
        {
            changed = previous.Grams != reading.Grams || previous.Stable != reading.Stable || previous.Fault != reading.Fault;
            return reading;
        });
        return changed;
    }
}
