namespace Warehouse.Web.LocalDevices;

/// <summary>
/// Devices the web app opens itself, for a one-PC shop without a station agent
/// ("LocalDevices" section: <c>LocalDevices:Stations:PACK-01:ScalePath=/dev/serial/by-id/…</c>).
/// </summary>
public sealed class LocalDevicesOptions
{
    public Dictionary<string, StationDevices> Stations { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class StationDevices
{
    /// <summary>The scale's serial port; prefer the stable /dev/serial/by-id/… name.</summary>
    public string? ScalePath { get; set; }

    /// <summary><c>mt-sics</c> or <c>toledo-8217</c>.</summary>
    public string ScaleProtocol { get; set; } = "mt-sics";

    /// <summary>Unit the scale sends (Toledo 8217 frames carry none): <c>kg</c>, <c>g</c> or <c>lb</c>.</summary>
    public string ScaleUnit { get; set; } = "kg";

    public string? ScannerPath { get; set; }

    /// <summary><c>cr</c>, <c>lf</c>, <c>crlf</c> or <c>tab</c>.</summary>
    public string ScannerSuffix { get; set; } = "cr";
}
