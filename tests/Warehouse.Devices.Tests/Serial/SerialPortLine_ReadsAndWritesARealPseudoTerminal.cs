using System.Diagnostics;
using Warehouse.DeviceSimulators.Terminals;
using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Tests.Serial;

/// <summary>The serial line through System.IO.Ports, against a real pseudo-terminal.</summary>
public sealed class SerialPortLine_ReadsAndWritesARealPseudoTerminal
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Bytes_written_by_the_device_arrive_unchanged_in_raw_mode()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = await OpenAsync(port.Path, SerialSettings.Baud9600Data8NoParity);

        byte[] sent = [0x41, 0x0D, 0x0A, 0x1D, 0x03, 0xFF, 0x0D];
        await port.Terminal.WriteAsync(sent, Deadline.In());
        var received = await ReadExactlyAsync(line, sent.Length);

        Assert.Equal(sent, received);
    }

    [Fact]
    public async Task Bytes_written_by_the_driver_reach_the_device_without_echo()
    {
        using var port = new SimulatedSerialPort("serial", SerialSettings.Baud9600Data7EvenParity);
        using var line = await OpenAsync(port.Path, SerialSettings.Baud9600Data7EvenParity);

        await line.WriteAsync("S\r\n"u8.ToArray(), Deadline.In());
        var buffer = new byte[16];
        int n = await port.Terminal.ReadAsync(buffer, Second, Deadline.In());

        Assert.Equal("S\r\n"u8.ToArray(), buffer[..n]);
        Assert.Equal(0, await line.ReadAsync(buffer, TimeSpan.FromMilliseconds(50), Deadline.In()));
    }

    [Fact]
    public async Task A_read_with_nothing_to_read_returns_nothing_after_its_timeout()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = await OpenAsync(port.Path, SerialSettings.Baud9600Data8NoParity);
        var clock = Stopwatch.StartNew();

        int n = await line.ReadAsync(new byte[8], TimeSpan.FromMilliseconds(100), Deadline.In());

        Assert.Equal(0, n);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(90), TimeSpan.FromSeconds(3));
        Assert.True(line.Health.IsOnline);
    }

    [Fact]
    public async Task Cancelling_a_waiting_read_ends_it_at_once_and_loses_no_bytes()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = await OpenAsync(port.Path, SerialSettings.Baud9600Data8NoParity);
        using var cancel = new CancellationTokenSource();

        var pending = line.ReadAsync(new byte[8], Timeout.InfiniteTimeSpan, cancel.Token);
        await cancel.CancelAsync();
        // The read's own cancellation, not the test's deadline, must end it.
        await Task.WhenAny(pending, Task.Delay(Timeout.Infinite, Deadline.In()));
        Assert.True(pending.IsCanceled, $"the read is {pending.Status}");

        // An orphaned read would swallow these bytes.
        await port.Terminal.WriteAsync("AB"u8.ToArray(), Deadline.In());
        Assert.Equal("AB"u8.ToArray(), await ReadExactlyAsync(line, 2));
    }

    [Fact]
    public async Task The_port_is_held_exclusively_while_open_and_let_go_when_closed()
    {
        using var port = new SimulatedSerialPort("serial");
        Assert.False(port.Terminal.IsHeldExclusively);

        var line = await OpenAsync(port.Path, SerialSettings.Baud9600Data8NoParity);
        Assert.True(port.Terminal.IsHeldExclusively);

        line.Dispose();
        Assert.False(port.Terminal.IsHeldExclusively);
    }

    [Fact]
    public async Task Bytes_wait_on_the_lines_own_copy_of_the_ports_descriptor_which_closes_with_the_port()
    {
        // SerialStream wakes every millisecond while a read is pending (ADR 15): the line must not read through it.
        using var port = new SimulatedSerialPort("serial");
        string device = port.Terminal.SlavePath;
        int before = PortDescriptor.OpenOn(device).Count;

        var line = await OpenAsync(port.Path, SerialSettings.Baud9600Data8NoParity);
        Assert.True(line.ReadsOwnDescriptor);
        Assert.Equal(before + 2, PortDescriptor.OpenOn(device).Count); // SerialPort's and our copy

        await port.Terminal.WriteAsync("ok\r"u8.ToArray(), Deadline.In());
        Assert.Equal("ok\r"u8.ToArray(), await ReadExactlyAsync(line, 3));

        line.Dispose();
        Assert.Equal(before, PortDescriptor.OpenOn(device).Count);
        Assert.False(port.Terminal.IsHeldExclusively);
    }

    [Fact]
    public async Task A_write_larger_than_the_tty_takes_at_once_arrives_whole_and_in_order()
    {
        using var port = new SimulatedSerialPort("serial");
        using var line = await OpenAsync(port.Path, SerialSettings.Baud9600Data8NoParity);
        var sent = Enumerable.Range(0, 256 * 1024).Select(i => (byte)(i * 7 % 251)).ToArray();

        // A pty holds far less than this: the writer must wait for the reader, on a thread of its own.
        var writing = line.WriteAsync(sent, Deadline.In());
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (received.Count < sent.Length)
        {
            int n = await port.Terminal.ReadAsync(buffer, Second, Deadline.In());
            Assert.True(n > 0, $"the device got {received.Count} of {sent.Length} bytes, then nothing");
            received.AddRange(buffer[..n]);
        }

        await writing;
        Assert.Equal(sent, received.ToArray());
    }

    [Fact]
    public void Settings_no_port_can_take_are_refused_at_once()
    {
        using var port = new SimulatedSerialPort("serial");

        Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectingSerialLine(port.Path, new SerialSettings(BaudRate: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectingSerialLine(port.Path, new SerialSettings(DataBits: 9)));
    }

    [Fact]
    public async Task A_path_with_no_device_behind_it_is_reported_as_gone()
    {
        using var line = new ReconnectingSerialLine("/dev/serial/by-id/usb-nothing-here", SerialSettings.Baud9600Data8NoParity);

        Assert.Equal(0, await line.ReadAsync(new byte[8], TimeSpan.FromMilliseconds(10), Deadline.In()));
        var gone = Assert.IsType<DeviceHealth.Gone>(line.Health);
        Assert.Equal("no device at this path", gone.Reason);
    }

    /// <summary>The line opens on first use, and drops what arrived before: open it before the device speaks.</summary>
    internal static async Task<ReconnectingSerialLine> OpenAsync(string path, SerialSettings settings)
    {
        var line = new ReconnectingSerialLine(path, settings);
        Assert.Equal(0, await line.ReadAsync(new byte[1], TimeSpan.Zero, Deadline.In()));
        Assert.True(line.Health.IsOnline, line.Health.ToString());
        return line;
    }

    internal static async Task<byte[]> ReadExactlyAsync(IDeviceLine line, int count)
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
