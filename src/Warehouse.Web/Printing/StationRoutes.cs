using System.Collections.Concurrent;

namespace Warehouse.Web.Printing;

/// <summary>
/// Printers set outside the station's device page, by station code: from a configuration section, or
/// registered by demo mode. They win over the device page.
/// </summary>
public abstract class StationRoutes
{
    private readonly ConcurrentDictionary<string, string> _routes = new(StringComparer.OrdinalIgnoreCase);

    protected StationRoutes(IConfiguration configuration, string section)
    {
        foreach (var entry in configuration.GetSection(section).GetChildren())
            if (entry.Value is { Length: > 0 } address) _routes[entry.Key] = address;
    }

    public void Set(string stationCode, string address) => _routes[stationCode] = address;

    /// <summary>Back to the device page's setting (a test, or a demo printer taken away).</summary>
    public void Remove(string stationCode) => _routes.TryRemove(stationCode, out _);

    public string? For(string stationCode) => _routes.GetValueOrDefault(stationCode);
}
