using System.Collections.Concurrent;

namespace Warehouse.Web.Printing;

/// <summary>Where each station's labels go: "host:port" of a Zebra on raw TCP. From configuration, or registered by demo mode.</summary>
public sealed class StationPrinters
{
    private readonly ConcurrentDictionary<string, string> _routes = new(StringComparer.OrdinalIgnoreCase);

    public StationPrinters(IConfiguration configuration)
    {
        foreach (var entry in configuration.GetSection("Printers").GetChildren())
            if (entry.Value is { Length: > 0 } address) _routes[entry.Key] = address;
    }

    public void Set(string stationCode, string address) => _routes[stationCode] = address;

    public string? For(string stationCode) => _routes.GetValueOrDefault(stationCode);
}
