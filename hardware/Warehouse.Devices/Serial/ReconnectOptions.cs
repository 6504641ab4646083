namespace Warehouse.Devices.Serial;

public sealed class ReconnectOptions
{
    /// <summary>First wait after the device went away; doubled on each failed reopen.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan LongestRetry { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
