using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Warehouse.Devices.DeviceFiles.Interop;

/// <summary>The few libc calls a character device needs (x86_64 / aarch64 glibc values); no termios: serial ports go through System.IO.Ports.</summary>
internal static unsafe partial class Libc
{
    private const string Lib = "libc";

    public const int O_RDWR = 0x2;
    public const int O_NOCTTY = 0x100;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;
    public const int EFD_NONBLOCK = 0x800;
    public const int EFD_CLOEXEC = 0x80000;

    public const short POLLIN = 0x1;
    public const short POLLOUT = 0x4;
    public const short POLLERR = 0x8;
    public const short POLLHUP = 0x10;
    public const short POLLNVAL = 0x20;

    public const int EINTR = 4;
    public const int EIO = 5;
    public const int ENXIO = 6;
    public const int EAGAIN = 11;
    public const int ENODEV = 19;

    public const int F_GETFL = 3;
    public const int F_SETFL = 4;
    public const int F_DUPFD_CLOEXEC = 1030;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport(Lib, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);

    [LibraryImport(Lib, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(SafeHandle fd, byte* buffer, nint count);

    [LibraryImport(Lib, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(SafeHandle fd, byte* buffer, nint count);

    [LibraryImport(Lib, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    /// <summary>fcntl with an int argument (F_GETFL, F_SETFL, F_DUPFD_CLOEXEC).</summary>
    [LibraryImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int command, int argument);

    [LibraryImport(Lib, EntryPoint = "eventfd", SetLastError = true)]
    public static partial int EventFd(uint initval, int flags);

    public static SafeFileHandle Own(int fd) => new(fd, ownsHandle: true);

    public static int LastError => Marshal.GetLastPInvokeError();

    public static string Describe(int errno) => $"{Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})";
}
