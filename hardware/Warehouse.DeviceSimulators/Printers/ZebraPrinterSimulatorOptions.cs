using System.Net;

namespace Warehouse.DeviceSimulators.Printers;

public sealed class ZebraPrinterSimulatorOptions
{
    public IPAddress Address { get; set; } = IPAddress.Loopback;

    /// <summary>0 takes a free port; read <see cref="ZebraPrinterSimulator.Port"/> after start.</summary>
    public int Port { get; set; }

    /// <summary>When set, every printed label is also written here as <c>label-0001.zpl</c>.</summary>
    public string? LabelFolder { get; set; }

    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
