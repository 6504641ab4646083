using Warehouse.Devices.Serial.Interop;

namespace Warehouse.Devices.Serial;

/// <summary>
/// A serial port opened by path (prefer <c>/dev/serial/by-id/…</c>: <c>ttyUSB0</c> and
/// <c>ttyUSB1</c> can swap after a replug), in raw mode with the given settings, held exclusively.
/// The one place that knows about termios, so that a platform port could replace it.
/// </summary>
public sealed class SerialLine : IDisposable
{
    private SerialLine(DeviceFile device, SerialSettings settings)
    {
        Device = device;
        Settings = settings;
    }

    public DeviceFile Device { get; }

    public string Path => Device.Path;

    public SerialSettings Settings { get; }

    public static SerialLine Open(string path, SerialSettings settings, bool exclusive = true)
    {
        var device = DeviceFile.Open(path);
        try
        {
            TerminalMode.MakeRaw(device, settings);
            // Keeps a second process off the port (root bypasses it: run as a user in dialout).
            if (exclusive && Libc.Ioctl(device.Handle, Libc.TIOCEXCL) != 0)
                throw new IOException($"{path}: TIOCEXCL failed: {Libc.Describe(Libc.LastError)}");
            Libc.TcFlush(device.Handle, Libc.TCIOFLUSH); // what arrived before raw mode may be mangled
            return new SerialLine(device, settings);
        }
        catch
        {
            device.Dispose();
            throw;
        }
    }

    /// <summary>Bytes that arrived within <paramref name="timeout"/>; 0 when none did.</summary>
    public Task<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Device.ReadAsync(buffer, timeout, cancellationToken);

    public Task WriteAsync(ReadOnlyMemory<byte> data, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Device.WriteAsync(data, timeout, cancellationToken);

    public Stream AsStream(TimeSpan readTimeout, TimeSpan writeTimeout) => Device.AsStream(readTimeout, writeTimeout, leaveOpen: true);

    public void Dispose() => Device.Dispose();
}
