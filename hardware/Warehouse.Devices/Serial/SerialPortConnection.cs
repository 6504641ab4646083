using System.IO.Ports;
using Warehouse.Devices.DeviceFiles;

namespace Warehouse.Devices.Serial;

/// <summary>
/// One open of a serial port through System.IO.Ports, by its configured name, remembering which
/// device that name led to, so that a handle the device left behind can be told from silence.
/// SerialPort opens the port, sets its line and holds it exclusively; bytes go through a copy of its
/// descriptor (<see cref="PortDescriptor"/>), waited on in poll(), not through SerialStream's loop.
/// </summary>
internal sealed class SerialPortConnection : IDisposable
{
    private readonly SerialPort _port;

    private SerialPortConnection(SerialPort port, string path, string device, DeviceFile? own, TimeProvider clock)
    {
        _port = port;
        Path = path;
        Device = device;
        ReadsOwnDescriptor = own is not null;
        Io = own is null
            ? new TimedStream(port.BaseStream, shouldDispose: false, path, clock)
            : new TimedStream(own.AsStream(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), shouldDispose: true, path, clock);
    }

    /// <summary>False only where the descriptor could not be found (no /proc): then SerialStream carries the bytes.</summary>
    public bool ReadsOwnDescriptor { get; }

    public string Path { get; }

    /// <summary>The device node the name led to when it was opened (a by-id link resolved).</summary>
    public string Device { get; }

    public TimedStream Io { get; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for settings no port can take (baud 0, 9 data bits).</summary>
    public static void Check(SerialSettings settings)
    {
        using var _ = NewPort("unopened", settings);
    }

    /// <summary>
    /// Opens <paramref name="path"/>; SerialPort takes it exclusively (TIOCEXCL) and sets raw mode.
    /// Throws <see cref="DeviceGoneException"/> when nothing is there.
    /// </summary>
    public static SerialPortConnection Open(string path, SerialSettings settings, TimeProvider clock)
    {
        string device = DeviceBehind(path) ?? throw new DeviceGoneException(path, "no device at this path");
        try
        {
            return Open(path, device, settings, clock);
        }
        catch (IOException e) when (e.InnerException is ArgumentException && IsPseudoTerminal(device) && settings != Bytes(settings))
        {
            // A pseudo-terminal has no line to frame: the kernel keeps it CS8 without parity and
            // refuses (EINVAL) a request that changes nothing else, as a reopen in 7E1 does. Bytes are bytes there.
            return Open(path, device, Bytes(settings), clock);
        }
    }

    private static SerialPortConnection Open(string path, string device, SerialSettings settings, TimeProvider clock)
    {
        var port = NewPort(path, settings);
        try
        {
            var before = PortDescriptor.OpenOn(device);
            port.Open();
            // Bytes that came before the line was set up may be mangled, and are stale anyway.
            port.DiscardInBuffer();
            var own = PortDescriptor.CopyOfNew(device, before) is { } copy ? DeviceFile.Adopt(copy, path) : null;
            return new SerialPortConnection(port, path, device, own, clock);
        }
        catch (UnauthorizedAccessException e)
        {
            port.Dispose();
            // SerialPort says "access denied" for every failed open(): a missing node, a port another
            // process holds (EBUSY from its TIOCEXCL), or a user outside the dialout group.
            if (DeviceBehind(path) is null) throw new DeviceGoneException(path, "no device at this path");
            throw new IOException($"{path}: cannot open: held by another process, or this user is not in dialout ({e.Message})", e);
        }
        catch (ArgumentException e)
        {
            port.Dispose();
            throw new IOException($"{path}: the port refused {settings} or is not a serial port", e);
        }
        catch
        {
            port.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Why the open handle no longer reaches the device the name names, or null while it does. SerialPort
    /// itself keeps a hung-up handle "open", and reads on it time out without an error
    /// (dotnet/runtime#121627), so silence is checked against the name and the handle.
    /// </summary>
    public string? Staleness()
    {
        string? now = DeviceBehind(Path);
        if (now is null) return "its name is gone (unplugged)";
        if (now != Device) return $"its name now leads to {now}, not {Device} (replugged)";
        int waiting;
        try
        {
            waiting = _port.BytesToRead;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            return e.Message;
        }

        // Every ioctl on a hung-up tty fails with EIO, and SerialPort hands that on as -1.
        return waiting < 0 ? "its handle is stale (the device hung up)" : null;
    }

    /// <summary>The device node behind <paramref name="path"/>, links followed; null when there is none.</summary>
    internal static string? DeviceBehind(string path)
    {
        try
        {
            var file = new FileInfo(path);
            var target = file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? target.FullName : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a link loop, an unreadable folder: nothing usable there
        }
    }

    private static bool IsPseudoTerminal(string device) => device.StartsWith("/dev/pts/", StringComparison.Ordinal);

    private static SerialSettings Bytes(SerialSettings settings) => settings with { DataBits = 8, Parity = Parity.None, StopBits = StopBits.One };

    private static SerialPort NewPort(string path, SerialSettings settings) =>
        new(path, settings.BaudRate, settings.Parity, settings.DataBits, settings.StopBits) { Handshake = Handshake.None };

    public void Dispose()
    {
        // Our copy of the descriptor closes with Io.
        Io.Dispose();
        // The stream first: SerialPort.Close flushes, and on a stale port a write queued after the
        // port's I/O loop ended keeps that flush spinning for ever.
        try
        {
            _port.BaseStream.Dispose();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
        {
        }

        _port.Dispose();
    }
}
