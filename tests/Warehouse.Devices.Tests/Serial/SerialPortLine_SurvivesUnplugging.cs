using Warehouse.DeviceSimulators.Terminals;
using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Tests.Serial;

public sealed class SerialPortLine_SurvivesUnplugging
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static ReconnectOptions Quick => new() { FirstRetry = TimeSpan.FromMilliseconds(20), LongestRetry = TimeSpan.FromMilliseconds(100) };

    [Fact]
    public async Task A_read_waiting_when_the_cable_is_pulled_reports_the_device_gone()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = await SerialPortLine_ReadsAndWritesARealPseudoTerminal.OpenAsync(port.Path, SerialSettings.Baud9600Data8NoParity);

        var pending = line.ReadAsync(new byte[8], TimeSpan.FromSeconds(5), Deadline.In());
        port.Unplug();

        await Assert.ThrowsAsync<DeviceGoneException>(() => pending.WaitAsync(Deadline.In()));
    }

    [Fact]
    public async Task The_reconnecting_line_reports_gone_then_online_and_reads_again_after_replug()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = new ReconnectingSerialLine(port.Path, SerialSettings.Baud9600Data8NoParity, Quick);
        var health = new List<DeviceHealth>();
        line.HealthChanged += health.Add;
        var buffer = new byte[16];
        Assert.Equal(0, await line.ReadAsync(buffer, TimeSpan.FromMilliseconds(10), Deadline.In()));
        Assert.True(line.Health.IsOnline);

        port.Unplug();
        await Assert.ThrowsAsync<DeviceGoneException>(() => line.ReadAsync(buffer, Second, Deadline.In()));
        Assert.IsType<DeviceHealth.Gone>(line.Health);
        Assert.Equal(0, await line.ReadAsync(buffer, TimeSpan.FromMilliseconds(50), Deadline.In()));

        port.Plug();
        var deadline = Deadline.In();
        while (!line.Health.IsOnline) await line.ReadAsync(buffer, TimeSpan.FromMilliseconds(50), deadline);
        await port.Terminal.WriteAsync("OK"u8.ToArray(), Deadline.In());
        int n = 0;
        while (n < 2) n += await line.ReadAsync(buffer.AsMemory(n), Second, deadline);

        Assert.Equal("OK"u8.ToArray(), buffer[..2]);
        Assert.Collection(health,
            h => Assert.IsType<DeviceHealth.Online>(h),
            h => Assert.IsType<DeviceHealth.Gone>(h),
            h => Assert.IsType<DeviceHealth.Online>(h));
    }

    [Fact]
    public async Task Writing_to_an_unplugged_device_reports_it_gone()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = new ReconnectingSerialLine(port.Path, SerialSettings.Baud9600Data8NoParity, Quick);
        await line.WriteAsync("W"u8.ToArray(), Deadline.In());

        port.Unplug();

        await Assert.ThrowsAsync<DeviceGoneException>(() => line.WriteAsync("W"u8.ToArray(), Deadline.In()));
    }
}
