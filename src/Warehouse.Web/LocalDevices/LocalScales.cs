using System.Collections.Concurrent;
using Warehouse.Devices.Scales;

namespace Warehouse.Web.LocalDevices;

/// <summary>The scales this app opened itself (local mode), by station, for zero and tare from the page.</summary>
public sealed class LocalScales
{
    private readonly ConcurrentDictionary<string, SerialScale> _scales = new(StringComparer.OrdinalIgnoreCase);

    public SerialScale? For(string stationCode) => _scales.GetValueOrDefault(stationCode);

    internal void Add(string stationCode, SerialScale scale) => _scales[stationCode] = scale;

    internal void Remove(string stationCode) => _scales.TryRemove(stationCode, out _);
}
