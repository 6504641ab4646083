using Warehouse.Devices.Scanners;
using static Warehouse.Devices.Tests.Scanners.ScannerFixtures;

namespace Warehouse.Devices.Tests.Scanners;

public sealed class SerialScanner_SurvivesUnplugging
{
    [Fact]
    public async Task Unplugged_mid_line_and_plugged_back_the_next_scan_works_without_a_restart()
    {
        var (device, driver) = Connect();
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        driver.HealthChanged += h =>
        {
            if (h is DeviceHealth.Gone) gone.TrySetResult();
        };
        await device.ScanAsync("BEFORE", cancellationToken: Deadline.In());
        Assert.Equal("BEFORE", (await NextAsync<ScannedCode>(driver)).Data);

        await device.SendPartialAsync("HALF-OF-A-CO", Deadline.In());
        device.Unplug();
        await gone.Task.WaitAsync(Deadline.In());
        var fault = await NextAsync<ScannerFault>(driver);
        device.Plug();
        await WaitOnlineAsync(driver);
        await device.ScanAsync("AFTER", cancellationToken: Deadline.In());

        Assert.Equal(ScannerFaultKind.DeviceGone, fault.Kind);
        Assert.Equal("AFTER", (await NextAsync<ScannedCode>(driver)).Data);
    }

    [Fact]
    public async Task A_scanner_that_is_not_plugged_in_at_start_is_picked_up_when_it_arrives()
    {
        var (device, driver) = Connect(plugged: false);
        using var _ = device;
        await using var __ = driver;
        Assert.IsType<DeviceHealth.Gone>(driver.Health);
        device.Plug();
        await WaitOnlineAsync(driver);

        await device.ScanAsync("LATE", cancellationToken: Deadline.In());

        Assert.Equal("LATE", (await NextAsync<ScannedCode>(driver)).Data);
    }
}
