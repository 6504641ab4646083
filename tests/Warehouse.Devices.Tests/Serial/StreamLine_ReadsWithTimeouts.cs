using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Tests.Serial;

/// <summary>The line drivers use over any stream, without a pseudo-terminal.</summary>
public sealed class StreamLine_ReadsWithTimeouts
{
    [Fact]
    public async Task A_read_that_times_out_loses_none_of_the_bytes_that_come_after_it()
    {
        var device = new StreamDevice();
        using var line = new StreamLine(device.DriverSide);

        Assert.Equal(0, await line.ReadAsync(new byte[8], TimeSpan.FromMilliseconds(50), Deadline.In()));
        await device.SendAsync("AB", Deadline.In());

        var buffer = new byte[8];
        int n = await line.ReadAsync(buffer, TimeSpan.FromSeconds(1), Deadline.In());
        Assert.Equal("AB"u8.ToArray(), buffer[..n]);
    }

    [Fact]
    public async Task More_bytes_than_the_buffer_holds_come_out_over_several_reads()
    {
        var device = new StreamDevice();
        using var line = new StreamLine(device.DriverSide);
        await device.SendAsync("ABCDE", Deadline.In());

        var buffer = new byte[2];
        var received = new List<byte>();
        while (received.Count < 5) received.AddRange(buffer[..await line.ReadAsync(buffer, TimeSpan.FromSeconds(1), Deadline.In())]);

        Assert.Equal("ABCDE"u8.ToArray(), received.ToArray());
    }

    [Fact]
    public async Task The_end_of_the_stream_is_the_device_gone_once_then_silence()
    {
        var device = new StreamDevice();
        using var line = new StreamLine(device.DriverSide, name: "test scanner");
        var changes = new List<DeviceHealth>();
        line.HealthChanged += changes.Add;

        device.Unplug();

        var gone = await Assert.ThrowsAsync<DeviceGoneException>(() => line.ReadAsync(new byte[8], TimeSpan.FromSeconds(1), Deadline.In()));
        Assert.Equal("test scanner", gone.Path);
        Assert.Equal(0, await line.ReadAsync(new byte[8], TimeSpan.FromMilliseconds(20), Deadline.In()));
        await Assert.ThrowsAsync<DeviceGoneException>(() => line.WriteAsync("W"u8.ToArray(), Deadline.In()));
        Assert.IsType<DeviceHealth.Gone>(Assert.Single(changes));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Disposing_the_line_disposes_the_stream_only_when_it_should(bool shouldDispose)
    {
        var device = new StreamDevice();

        new StreamLine(device.DriverSide, shouldDispose).Dispose();

        Assert.Equal(shouldDispose, device.DriverSide.Disposed);
    }
}
