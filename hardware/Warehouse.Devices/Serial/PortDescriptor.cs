using Microsoft.Win32.SafeHandles;
using Warehouse.Devices.DeviceFiles.Interop;

namespace Warehouse.Devices.Serial;

/// <summary>
/// The descriptor <c>SerialPort</c> opened on a device, found in <c>/proc/self/fd</c> (the package does not hand
/// it out) and copied, so that reads wait in <c>poll()</c> on it instead of in <c>SerialStream</c>'s I/O loop,
/// which wakes every millisecond while a read is pending (dotnet/runtime#2379; ADR 15).
/// </summary>
internal static class PortDescriptor
{
    private const string OwnDescriptors = "/proc/self/fd";

    /// <summary>This process's descriptors open on <paramref name="device"/> now; none where there is no /proc.</summary>
    public static HashSet<int> OpenOn(string device)
    {
        var found = new HashSet<int>();
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(OwnDescriptors))
            {
                if (!int.TryParse(Path.GetFileName(entry), out int fd)) continue;
                try
                {
                    if (new FileInfo(entry).LinkTarget == device) found.Add(fd);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Closed while we looked: not ours to find.
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found.Clear();
        }

        return found;
    }

    /// <summary>
    /// A non-blocking copy of the one descriptor opened on <paramref name="device"/> since <paramref name="before"/>;
    /// null when there is not exactly one (then the caller reads through the port's stream, as before).
    /// </summary>
    public static SafeFileHandle? CopyOfNew(string device, HashSet<int> before)
    {
        var opened = OpenOn(device);
        opened.ExceptWith(before);
        if (opened.Count != 1) return null;
        int copy = Libc.Fcntl(opened.Single(), Libc.F_DUPFD_CLOEXEC, 0);
        if (copy < 0) return null;
        var handle = Libc.Own(copy);
        // O_NONBLOCK belongs to the open file, shared with SerialPort's descriptor, which reads non-blocking too.
        int flags = Libc.Fcntl(copy, Libc.F_GETFL, 0);
        if (flags < 0 || ((flags & Libc.O_NONBLOCK) == 0 && Libc.Fcntl(copy, Libc.F_SETFL, flags | Libc.O_NONBLOCK) < 0))
        {
            handle.Dispose();
            return null;
        }

        return handle;
    }
}
