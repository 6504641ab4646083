using Warehouse.Devices.Scanners;
using Warehouse.Devices.Serial;
using Warehouse.Devices.Tests.Serial;

namespace Warehouse.Devices.Tests.Scanners;

/// <summary>The scanner driver handed a stream (as dotnet/iot's bindings take one): no pseudo-terminal.</summary>
public sealed class SerialScanner_ReadsAStream
{
    private static SerialScannerOptions Options => new() { IncompleteLineTimeout = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public async Task Codes_from_the_stream_arrive_with_their_symbology()
    {
        var device = new StreamDevice();
        await using var scanner = SerialScanner.Start(device.DriverSide, options: Options);

        await device.SendAsync("]C1\u001d0035901234500000001\r5901234123457\r", Deadline.In());

        var gs1 = await ScannerFixtures.NextAsync<ScannedCode>(scanner);
        Assert.Equal(("]C1", "\u001d0035901234500000001"), (gs1.SymbologyId, gs1.Data));
        Assert.Equal("5901234123457", (await ScannerFixtures.NextAsync<ScannedCode>(scanner)).Data);
        Assert.True(scanner.Health.IsOnline);
    }

    [Fact]
    public async Task A_code_split_across_writes_arrives_whole()
    {
        var device = new StreamDevice();
        await using var scanner = SerialScanner.Start(device.DriverSide, options: Options);

        await device.SendAsync("TOTE-", Deadline.In());
        await Task.Delay(20);
        await device.SendAsync("0042\r", Deadline.In());

        Assert.Equal("TOTE-0042", (await ScannerFixtures.NextAsync<ScannedCode>(scanner)).Data);
    }

    [Fact]
    public async Task Half_a_code_whose_suffix_never_comes_is_dropped_as_incomplete()
    {
        var device = new StreamDevice();
        await using var scanner = SerialScanner.Start(device.DriverSide, options: Options);

        await device.SendAsync("HALF-A-CO", Deadline.In());

        Assert.Equal(ScannerFaultKind.Incomplete, (await ScannerFixtures.NextAsync<ScannerFault>(scanner)).Kind);
    }

    [Fact]
    public async Task The_end_of_the_stream_drops_the_half_line_and_reports_the_scanner_gone()
    {
        var device = new StreamDevice();
        await using var scanner = SerialScanner.Start(device.DriverSide, options: Options);
        var gone = new TaskCompletionSource<DeviceHealth>(TaskCreationOptions.RunContinuationsAsynchronously);
        scanner.HealthChanged += h => gone.TrySetResult(h);

        await device.SendAsync("HALF", Deadline.In());
        device.Unplug();

        var fault = await ScannerFixtures.NextAsync<ScannerFault>(scanner);
        Assert.Equal(ScannerFaultKind.DeviceGone, fault.Kind);
        Assert.Contains("4 bytes dropped", fault.Reason);
        Assert.IsType<DeviceHealth.Gone>(await gone.Task.WaitAsync(Deadline.In()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Disposing_the_scanner_disposes_the_stream_only_when_it_should(bool shouldDispose)
    {
        var device = new StreamDevice();

        await SerialScanner.Start(device.DriverSide, shouldDispose, Options).DisposeAsync();

        Assert.Equal(shouldDispose, device.DriverSide.Disposed);
    }
}
