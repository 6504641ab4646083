using Warehouse.Devices.Scanners;
using Warehouse.Devices.Serial;

namespace Warehouse.DeviceSimulators.Scanners;

public sealed class ScannerSimulatorOptions
{
    public ScannerSuffix Suffix { get; set; } = ScannerSuffix.CarriageReturn;

    public SerialSettings Settings { get; set; } = SerialSettings.Baud9600Data8NoParity;

    /// <summary>The stable name drivers open; a temporary symlink when not set.</summary>
    public string? LinkPath { get; set; }
}
