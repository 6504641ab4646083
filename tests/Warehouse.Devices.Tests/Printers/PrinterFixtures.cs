using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.Printers;

internal static class PrinterFixtures
{
    public static ZebraPrinter ClientFor(ZebraPrinterSimulator simulator, double statusTimeoutSeconds = 1) =>
        new(new TcpPrinterLink(simulator.Host, simulator.Port),
            new ZebraPrinterOptions { StatusTimeout = TimeSpan.FromSeconds(statusTimeoutSeconds), ConnectTimeout = TimeSpan.FromSeconds(2) });

    public static string Label(int n) => $"^XA^CI28^FO50,50^A0N,40,40^FH^FDLabel {n}^FS^XZ";

    /// <summary>A label printed <paramref name="quantity"/> times by one format (<c>^PQ</c>).</summary>
    public static string RepeatedLabel(int n, int quantity) => $"^XA^CI28^FO50,50^A0N,40,40^FH^FDLabel {n}^FS^PQ{quantity}^XZ";
}
