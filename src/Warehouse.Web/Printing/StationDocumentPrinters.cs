using System.Collections.Concurrent;

namespace Warehouse.Web.Printing;

/// <summary>
/// Document printers set outside the station's device page: <c>DocumentPrinters:PACK-01</c> in configuration,
/// or a simulated IPP printer registered by demo mode. Wins over the device page, as <see cref="StationPrinters"/> does for labels.
/// </summary>
public sealed class StationDocumentPrinters
{
    private readonly ConcurrentDictionary<string, string> _routes = new(StringComparer.OrdinalIgnoreCase);

    public StationDocumentPrinters(IConfiguration configuration)
    {
        foreach (var entry in configuration.GetSection("DocumentPrinters").GetChildren())
            if (entry.Value is { Length: > 0 } uri) _routes[entry.Key] = uri;
    }

    public void Set(string stationCode, string uri) => _routes[stationCode] = uri;

    public string? For(string stationCode) => _routes.GetValueOrDefault(stationCode);
}
