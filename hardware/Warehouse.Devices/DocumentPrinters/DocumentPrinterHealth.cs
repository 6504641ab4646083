using Warehouse.Devices.Printers;

namespace Warehouse.Devices.DocumentPrinters;

/// <summary>
/// Asks a station's document printer how it is, for whichever owns the station's devices: the server for the
/// stations it drives (<c>DocumentPrinterWatch</c>), the station agent for its own. The address is the station's
/// setting as text, read again on every ask, so a changed printer is asked from the next round on.
/// </summary>
public static class DocumentPrinterHealth
{
    /// <summary>The printer's health as the station shows it; null when the station has no document printer.</summary>
    public static async Task<DeviceReport?> AskAsync(IppClient ipp, string? printerText, CancellationToken ct)
    {
        if (printerText is null) return null;
        if (!DocumentPrinterUris.TryParse(printerText, out var printer) || printer is null)
            return DeviceReports.DocumentPrinter(new PrinterStatusReport.FaultedOrUnreachable("address is not ipp://host:port/path or ipps://host:port/path#sha256=…", DateTimeOffset.UtcNow));
        return DeviceReports.DocumentPrinter(await ipp.GetPrinterStatusAsync(printer, ct));
    }
}
