namespace Warehouse.Devices;

/// <summary>What a device's driver knows about it right now; shown on the station page and the dashboard.</summary>
public abstract record DeviceHealth(DateTimeOffset Since)
{
    public sealed record Online(DateTimeOffset Since) : DeviceHealth(Since);

    /// <summary>Unplugged or not there yet; the driver keeps trying to reopen it.</summary>
    public sealed record Gone(string Reason, DateTimeOffset Since) : DeviceHealth(Since);

    /// <summary>There, but not working (bad answers, error state).</summary>
    public sealed record Faulted(string Reason, DateTimeOffset Since) : DeviceHealth(Since);

    public bool IsOnline => this is Online;
}
