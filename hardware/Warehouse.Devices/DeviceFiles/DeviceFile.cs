using System.Diagnostics;
using Microsoft.Win32.SafeHandles;
using Warehouse.Devices.DeviceFiles.Interop;

namespace Warehouse.Devices.DeviceFiles;

/// <summary>
/// An open character device that is not a serial port (USB printer class, hidraw, a pty master in
/// the simulators) with reads and writes
/// that time out and can be cancelled. A tty has no real async I/O, so every wait is a
/// <c>poll()</c> on the device together with an eventfd that cancellation and disposal write to.
/// Unplug shows as EIO, POLLHUP or a 0-byte read, all reported as <see cref="DeviceGoneException"/>.
/// </summary>
public sealed unsafe class DeviceFile : IDisposable
{
    private readonly SafeFileHandle _readWake;
    private readonly SafeFileHandle _writeWake;
    private volatile bool _disposed;

    private DeviceFile(SafeFileHandle handle, string path)
    {
        Handle = handle;
        Path = path;
        _readWake = NewEventFd();
        _writeWake = NewEventFd();
    }

    public SafeFileHandle Handle { get; }

    public string Path { get; }

    /// <summary>Opens with O_NOCTTY (a device must never become our controlling terminal) and O_NONBLOCK.</summary>
    public static DeviceFile Open(string path)
    {
        int fd = Libc.Open(path, Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_CLOEXEC | Libc.O_NONBLOCK);
        if (fd < 0)
        {
            int errno = Libc.LastError;
            throw errno is Libc.ENXIO or Libc.ENODEV or Libc.EIO or 2 /* ENOENT */
                ? new DeviceGoneException(path, Libc.Describe(errno))
                : new IOException($"{path}: cannot open: {Libc.Describe(errno)}");
        }

        return new DeviceFile(Libc.Own(fd), path);
    }

    /// <summary>Takes ownership of an already open, non-blocking descriptor.</summary>
    public static DeviceFile Adopt(SafeFileHandle handle, string path) => new(handle, path);

    /// <summary>Reads what is there, waiting at most <paramref name="timeout"/>; 0 means nothing came in time.</summary>
    public int Read(Span<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var _ = cancellationToken.Register(static s => Signal((SafeFileHandle)s!), _readWake);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var revents = Wait(Libc.POLLIN, _readWake, Remaining(timeout, clock), cancellationToken);
            if (revents == 0) return 0;
            if ((revents & Libc.POLLNVAL) != 0) throw Gone("descriptor no longer valid");
            if ((revents & Libc.POLLIN) != 0)
            {
                nint n;
                fixed (byte* p = buffer) n = Libc.Read(Handle, p, buffer.Length);
                if (n > 0) return (int)n;
                if (n == 0) throw Gone("end of file");
                int errno = Libc.LastError;
                if (errno is Libc.EAGAIN or Libc.EINTR) continue;
                throw errno == Libc.EIO ? Gone(Libc.Describe(errno)) : new IOException($"{Path}: read failed: {Libc.Describe(errno)}");
            }

            if ((revents & (Libc.POLLHUP | Libc.POLLERR)) != 0) throw Gone("hang-up");
        }
    }

    /// <summary>Reads on a thread of its own: poll() blocks, and pool threads must not.</summary>
    public Task<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(() => Read(buffer.Span, timeout, cancellationToken), cancellationToken,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);

    /// <summary>Writes everything, or throws; a device that takes nothing for <paramref name="timeout"/> is an error.</summary>
    public void Write(ReadOnlySpan<byte> data, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var _ = cancellationToken.Register(static s => Signal((SafeFileHandle)s!), _writeWake);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            data = data[WriteNow(data)..];
            if (data.IsEmpty) return;
            var revents = Wait(Libc.POLLOUT, _writeWake, Remaining(timeout, clock), cancellationToken);
            if (revents == 0) throw new TimeoutException($"{Path}: device took nothing for {timeout.TotalMilliseconds:0} ms");
            if ((revents & (Libc.POLLHUP | Libc.POLLERR | Libc.POLLNVAL)) != 0 && (revents & Libc.POLLOUT) == 0) throw Gone("hang-up");
        }
    }

    /// <summary>Writes what the device takes at once on the caller's thread (a scale's command always fits), the rest on a thread of its own.</summary>
    public Task WriteAsync(ReadOnlyMemory<byte> data, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        int written;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            written = WriteNow(data.Span);
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }

        if (written == data.Length) return Task.CompletedTask;
        var rest = data[written..];
        return Task.Factory.StartNew(() => Write(rest.Span, timeout, cancellationToken), cancellationToken,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
    }

    /// <summary>What the device takes without waiting; throws as <see cref="Write"/> does.</summary>
    private int WriteNow(ReadOnlySpan<byte> data)
    {
        int written = 0;
        while (written < data.Length)
        {
            nint n;
            fixed (byte* p = data[written..]) n = Libc.Write(Handle, p, data.Length - written);
            if (n > 0)
            {
                written += (int)n;
                continue;
            }

            int errno = Libc.LastError;
            if (errno is Libc.EAGAIN) return written;
            if (errno is Libc.EINTR) continue;
            if (errno == Libc.EIO) throw Gone(Libc.Describe(errno));
            throw new IOException($"{Path}: write failed: {Libc.Describe(errno)}");
        }

        return written;
    }

    /// <summary>A Stream over this device; a read that waits longer than <paramref name="readTimeout"/> throws <see cref="TimeoutException"/>.</summary>
    public Stream AsStream(TimeSpan readTimeout, TimeSpan writeTimeout, bool leaveOpen = false) =>
        new DeviceFileStream(this, readTimeout, writeTimeout, leaveOpen);

    private short Wait(short events, SafeFileHandle wake, int timeoutMs, CancellationToken cancellationToken)
    {
        bool addedDevice = false, addedWake = false;
        try
        {
            Handle.DangerousAddRef(ref addedDevice);
            wake.DangerousAddRef(ref addedWake);
            var fds = stackalloc Libc.PollFd[2];
            while (true)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                cancellationToken.ThrowIfCancellationRequested();
                fds[0] = new Libc.PollFd { Fd = (int)Handle.DangerousGetHandle(), Events = events };
                fds[1] = new Libc.PollFd { Fd = (int)wake.DangerousGetHandle(), Events = Libc.POLLIN };
                int r = Libc.Poll(fds, 2, timeoutMs);
                if (r < 0)
                {
                    int errno = Libc.LastError;
                    if (errno == Libc.EINTR) continue;
                    throw new IOException($"{Path}: poll failed: {Libc.Describe(errno)}");
                }

                if (r == 0) return 0;
                if ((fds[1].Revents & Libc.POLLIN) != 0)
                {
                    Drain(wake);
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    cancellationToken.ThrowIfCancellationRequested();
                    if (fds[0].Revents == 0) continue; // a wake-up left over from an earlier cancelled call
                }

                return fds[0].Revents;
            }
        }
        finally
        {
            if (addedWake) wake.DangerousRelease();
            if (addedDevice) Handle.DangerousRelease();
        }
    }

    private DeviceGoneException Gone(string reason) => new(Path, reason);

    private static int Remaining(TimeSpan timeout, Stopwatch clock)
    {
        if (timeout == Timeout.InfiniteTimeSpan) return -1;
        var left = timeout - clock.Elapsed;
        return left <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(left.TotalMilliseconds);
    }

    private static SafeFileHandle NewEventFd()
    {
        int fd = Libc.EventFd(0, Libc.EFD_CLOEXEC | Libc.EFD_NONBLOCK);
        if (fd < 0) throw new IOException($"eventfd failed: {Libc.Describe(Libc.LastError)}");
        return Libc.Own(fd);
    }

    private static void Signal(SafeFileHandle eventFd)
    {
        ulong one = 1;
        try
        {
            Libc.Write(eventFd, (byte*)&one, sizeof(ulong));
        }
        catch (ObjectDisposedException)
        {
            // Disposed meanwhile: nobody is left to wake.
        }
    }

    private static void Drain(SafeFileHandle eventFd)
    {
        ulong value;
        Libc.Read(eventFd, (byte*)&value, sizeof(ulong));
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Signal(_readWake);
        Signal(_writeWake);
        // SafeHandle reference counts keep the fds open until calls in flight have returned.
        Handle.Dispose();
        _readWake.Dispose();
        _writeWake.Dispose();
    }
}
