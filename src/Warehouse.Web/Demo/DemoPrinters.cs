using Microsoft.Extensions.Options;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Web.Printing;

namespace Warehouse.Web.Demo;

/// <summary>
/// A simulated Zebra on a real TCP port for every packing station, its received labels listed, and a simulated
/// IPP document printer on 127.0.0.1 for the station's PDF-only carrier labels (Pocztex).
/// </summary>
public sealed class DemoPrinters(IOptions<DemoOptions> options, StationPrinters routes, StationDocumentPrinters documentRoutes, ILogger<DemoPrinters> log) : IAsyncDisposable
{
    private readonly Dictionary<string, ZebraPrinterSimulator> _printers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IppPrinterSimulator> _documentPrinters = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, IppPrinterSimulator> DocumentPrinters => _documentPrinters;

    public IReadOnlyDictionary<string, ZebraPrinterSimulator> All => _printers;

    public ZebraPrinterSimulator this[string stationCode] => _printers[stationCode];

    public void Start(string stationCode, string labelFolder)
    {
        var basePort = options.Value.PrinterBasePort;
        var port = basePort == 0 ? 0 : basePort + _printers.Count;
        ZebraPrinterSimulator printer;
        try
        {
            printer = ZebraPrinterSimulator.Start(port, Path.Combine(labelFolder, stationCode));
        }
        catch (System.Net.Sockets.SocketException e) when (port != 0)
        {
            // Another demo (or a real service) holds the port: the demo still starts, on a free one.
            log.LogWarning("Port {Port} for {Station}'s simulated printer is taken ({Reason}); using a free port", port, stationCode, e.Message);
            printer = ZebraPrinterSimulator.Start(0, Path.Combine(labelFolder, stationCode));
        }
        _printers[stationCode] = printer;
        routes.Set(stationCode, $"{printer.Host}:{printer.Port}");
        log.LogInformation("Simulated Zebra printer for {Station} on {Host}:{Port}", stationCode, printer.Host, printer.Port);

        var documents = IppPrinterSimulator.Start();
        _documentPrinters[stationCode] = documents;
        documentRoutes.Set(stationCode, documents.Uri);
        log.LogInformation("Simulated IPP document printer for {Station} at {Uri}", stationCode, documents.Uri);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var printer in _printers.Values) await printer.DisposeAsync();
        foreach (var printer in _documentPrinters.Values) await printer.DisposeAsync();
    }
}
