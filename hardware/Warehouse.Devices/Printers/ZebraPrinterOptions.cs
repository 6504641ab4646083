namespace Warehouse.Devices.Printers;

public sealed class ZebraPrinterOptions
{
    /// <summary>How long to wait for a connection before calling the printer unreachable.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a status question may stay unanswered; silence is a status.</summary>
    public TimeSpan StatusTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long sending one label may take.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
