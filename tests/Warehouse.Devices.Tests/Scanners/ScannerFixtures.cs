using Warehouse.DeviceSimulators.Scanners;
using Warehouse.Devices.Scanners;
using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Tests.Scanners;

internal static class ScannerFixtures
{
    public static (ScannerSimulator Device, SerialScanner Driver) Connect(ScannerSuffix suffix = ScannerSuffix.CarriageReturn, bool plugged = true)
    {
        var device = new ScannerSimulator(new ScannerSimulatorOptions { Suffix = suffix });
        if (!plugged) device.Unplug();
        var driver = SerialScanner.Start(device.Path, new SerialScannerOptions
        {
            Suffix = suffix,
            IncompleteLineTimeout = TimeSpan.FromMilliseconds(300),
            Reconnect = new ReconnectOptions { FirstRetry = TimeSpan.FromMilliseconds(20), LongestRetry = TimeSpan.FromMilliseconds(100) },
        });
        return (device, driver);
    }

    /// <summary>The driver opens the port on its own thread; scanning before that would lose the code.</summary>
    public static async Task WaitOnlineAsync(SerialScanner driver)
    {
        var deadline = Deadline.In();
        while (!driver.Health.IsOnline) await Task.Delay(10, deadline);
    }

    public static async Task<T> NextAsync<T>(SerialScanner driver) where T : ScannerEvent
    {
        var e = await driver.Events.ReadAsync(Deadline.In());
        return Assert.IsType<T>(e);
    }
}
