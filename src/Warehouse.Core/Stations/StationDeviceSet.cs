using Warehouse.Core.Labels;

namespace Warehouse.Core.Stations;

/// <summary>
/// The devices at one station as an admin set them up. The agent receives this set when it connects
/// (and keeps it for when the server is away); labels are composed for the printer's stock.
/// </summary>
public sealed class StationDeviceSet
{
    public DeviceConnection Connection { get; set; }

    /// <summary>Serial scanner; prefer the stable /dev/serial/by-id/… name.</summary>
    public string? ScannerPath { get; set; }

    /// <summary><c>cr</c>, <c>lf</c>, <c>crlf</c> or <c>tab</c>: what the scanner sends after each code.</summary>
    public string ScannerSuffix { get; set; } = "cr";

    public string? ScalePath { get; set; }

    /// <summary><c>mt-sics</c> or <c>toledo-8217</c>.</summary>
    public string ScaleProtocol { get; set; } = "mt-sics";

    /// <summary>The unit the scale sends (Toledo 8217 frames carry none): <c>kg</c>, <c>g</c>, <c>lb</c> or <c>oz</c>.</summary>
    public string ScaleUnit { get; set; } = "kg";

    /// <summary><c>host:port</c> of a Zebra on raw TCP (port 9100 if left out), or a device path such as <c>/dev/usb/lp0</c>.</summary>
    public string? PrinterAddress { get; set; }

    /// <summary>
    /// <c>ipp://host:port/path</c> (or <c>ipps://</c>) of the station's document (laser) printer, where
    /// PDF-only carrier labels go (ADR 11); null when the station has none.
    /// </summary>
    public string? DocumentPrinterUri { get; set; }

    public int PrinterDpi { get; set; } = 203;

    public decimal LabelWidthInches { get; set; } = 4;

    public decimal LabelHeightInches { get; set; } = 6;

    public LabelStock LabelStock => LabelStock.FromInches(LabelWidthInches, LabelHeightInches, PrinterDpi);

    public StationDeviceSet Copy() => (StationDeviceSet)MemberwiseClone();
}
