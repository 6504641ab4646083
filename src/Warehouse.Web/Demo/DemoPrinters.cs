using Microsoft.Extensions.Options;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Web.Printing;

namespace Warehouse.Web.Demo;

/// <summary>A simulated Zebra on a real TCP port for every packing station; its received labels can be listed.</summary>
public sealed class DemoPrinters(IOptions<DemoOptions> options, StationPrinters routes, ILogger<DemoPrinters> log) : IAsyncDisposable
{
    private readonly Dictionary<string, ZebraPrinterSimulator> _printers = new(StringComparer.OrdinalIgnoreCase);

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
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var printer in _printers.Values) await printer.DisposeAsync();
    }
}
