using Warehouse.Devices.Scanners;
using static Warehouse.Devices.Tests.Scanners.ScannerFixtures;

namespace Warehouse.Devices.Tests.Scanners;

public sealed class SerialScanner_RefusesBadInput
{
    [Fact]
    public async Task Binary_garbage_is_reported_and_the_next_scan_still_works()
    {
        var (device, driver) = Connect();
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);

        await device.SendGarbageAsync(200, cancellationToken: Deadline.In());
        await device.ScanAsync("AFTER-GARBAGE", cancellationToken: Deadline.In());

        var events = new List<ScannerEvent>();
        while (events.LastOrDefault() is not ScannedCode) events.Add(await driver.Events.ReadAsync(Deadline.In()));
        Assert.Contains(events, e => e is ScannerFault { Kind: ScannerFaultKind.Garbage });
        Assert.Equal("AFTER-GARBAGE", ((ScannedCode)events[^1]).Data);
        Assert.Single(events.OfType<ScannedCode>());
    }

    [Fact]
    public async Task A_64_KB_line_is_discarded_and_reported_and_the_next_scan_still_works()
    {
        var (device, driver) = Connect();
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);

        await device.SendOverlongLineAsync(64 * 1024, Deadline.In());
        await device.ScanAsync("AFTER-LONG", cancellationToken: Deadline.In());

        var fault = await NextAsync<ScannerFault>(driver);
        Assert.Equal(ScannerFaultKind.LineTooLong, fault.Kind);
        Assert.Contains("65536", fault.Reason);
        Assert.Equal("AFTER-LONG", (await NextAsync<ScannedCode>(driver)).Data);
    }

    [Fact]
    public async Task A_line_whose_suffix_never_comes_is_dropped_as_incomplete()
    {
        var (device, driver) = Connect();
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);

        await device.SendPartialAsync("59012", Deadline.In());
        var fault = await NextAsync<ScannerFault>(driver);
        await device.ScanAsync("WHOLE", cancellationToken: Deadline.In());

        Assert.Equal(ScannerFaultKind.Incomplete, fault.Kind);
        Assert.Equal("WHOLE", (await NextAsync<ScannedCode>(driver)).Data);
    }

    [Fact]
    public async Task A_stray_line_feed_from_a_scanner_set_to_CR_LF_is_not_a_scan()
    {
        var (device, driver) = Connect(ScannerSuffix.CarriageReturn);
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);

        await device.SendAsync("ONE\r\nTWO\r\n"u8.ToArray(), Deadline.In());

        Assert.Equal("ONE", (await NextAsync<ScannedCode>(driver)).Data);
        Assert.Equal("TWO", (await NextAsync<ScannedCode>(driver)).Data);
    }
}
