using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Scanners;

public sealed class SerialScannerOptions
{
    public SerialSettings Settings { get; set; } = SerialSettings.Baud9600Data8NoParity;

    public ScannerSuffix Suffix { get; set; } = ScannerSuffix.CarriageReturn;

    /// <summary>Split a leading AIM symbology identifier (<c>]</c> + letter + modifier) out of the data.</summary>
    public bool SplitAimPrefix { get; set; } = true;

    /// <summary>Longest line taken; a 2D code of a shipping label fits well within this.</summary>
    public int MaxLineLength { get; set; } = 4096;

    /// <summary>A started line whose suffix has not come within this is dropped as incomplete.</summary>
    public TimeSpan IncompleteLineTimeout { get; set; } = TimeSpan.FromSeconds(1);

    public ReconnectOptions Reconnect { get; set; } = new();

    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
