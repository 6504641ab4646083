using System.Diagnostics;
using Warehouse.DeviceSimulators.Terminals;
using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Tests.Serial;

public sealed class SerialLine_ReadsAndWritesARealPseudoTerminal
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Bytes_written_by_the_device_arrive_unchanged_in_raw_mode()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = SerialLine.Open(port.Path, SerialSettings.Baud9600Data8NoParity);

        byte[] sent = [0x41, 0x0D, 0x0A, 0x1D, 0x03, 0xFF, 0x0D];
        await port.Terminal.WriteAsync(sent, Deadline.In());
        var received = await ReadExactlyAsync(line, sent.Length);

        Assert.Equal(sent, received);
    }

    [Fact]
    public async Task Bytes_written_by_the_driver_reach_the_device_without_echo()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = SerialLine.Open(port.Path, SerialSettings.Baud9600Data7EvenParity);

        await line.WriteAsync("S\r\n"u8.ToArray(), Second, Deadline.In());
        var buffer = new byte[16];
        int n = await port.Terminal.ReadAsync(buffer, Second, Deadline.In());

        Assert.Equal("S\r\n"u8.ToArray(), buffer[..n]);
        Assert.Equal(0, await line.ReadAsync(buffer, TimeSpan.FromMilliseconds(50), Deadline.In()));
    }

    [Fact]
    public async Task A_read_with_nothing_to_read_returns_nothing_after_its_timeout()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = SerialLine.Open(port.Path, SerialSettings.Baud9600Data8NoParity);
        var clock = Stopwatch.StartNew();

        int n = await line.ReadAsync(new byte[8], TimeSpan.FromMilliseconds(100), Deadline.In());

        Assert.Equal(0, n);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(90), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Cancelling_a_waiting_read_ends_it_at_once_and_leaves_no_reader_behind()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = SerialLine.Open(port.Path, SerialSettings.Baud9600Data8NoParity);
        using var cancel = new CancellationTokenSource();

        var pending = line.ReadAsync(new byte[8], Timeout.InfiniteTimeSpan, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(Deadline.In()));

        // An orphaned read would swallow these bytes.
        await port.Terminal.WriteAsync("AB"u8.ToArray(), Deadline.In());
        Assert.Equal("AB"u8.ToArray(), await ReadExactlyAsync(line, 2));
    }

    [Fact]
    public void An_unsupported_baud_rate_is_refused_when_opening()
    {
        using var port = new SimulatedSerialPort("serial");

        Assert.Throws<ArgumentOutOfRangeException>(() => SerialLine.Open(port.Path, new SerialSettings(BaudRate: 12345)));
    }

    [Fact]
    public void A_path_with_no_device_behind_it_is_reported_as_gone()
    {
        Assert.Throws<DeviceGoneException>(() => SerialLine.Open("/dev/serial/by-id/usb-nothing-here", SerialSettings.Baud9600Data8NoParity));
    }

    internal static async Task<byte[]> ReadExactlyAsync(SerialLine line, int count)
    {
        var received = new List<byte>();
        var buffer = new byte[256];
        var deadline = Deadline.In();
        while (received.Count < count)
        {
            int n = await line.ReadAsync(buffer, Second, deadline);
            received.AddRange(buffer[..n]);
        }

        return [.. received];
    }
}
