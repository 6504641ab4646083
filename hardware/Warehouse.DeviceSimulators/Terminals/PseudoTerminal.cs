using System.Text;
using Microsoft.Win32.SafeHandles;
using Warehouse.Devices.Serial;

namespace Warehouse.DeviceSimulators.Terminals;

/// <summary>
/// A pseudo-terminal pair: the simulator holds the master (it is the device), the driver opens
/// <see cref="SlavePath"/> like any <c>/dev/ttyUSB0</c>. Disposing it is pulling the cable.
/// </summary>
public sealed unsafe class PseudoTerminal : IDisposable
{
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(5);
    private readonly DeviceFile _keeper;

    private PseudoTerminal(DeviceFile master, DeviceFile keeper, string slavePath)
    {
        Master = master;
        _keeper = keeper;
        SlavePath = slavePath;
    }

    public DeviceFile Master { get; }

    public string SlavePath { get; }

    public static PseudoTerminal Open(SerialSettings? settings = null)
    {
        int fd = PtyInterop.PosixOpenPt(PtyInterop.O_RDWR | PtyInterop.O_NOCTTY | PtyInterop.O_CLOEXEC | PtyInterop.O_NONBLOCK);
        if (fd < 0) throw new IOException($"posix_openpt failed: {PtyInterop.Error()}");
        var master = DeviceFile.Adopt(new SafeFileHandle(fd, ownsHandle: true), "/dev/ptmx");
        try
        {
            if (PtyInterop.GrantPt(fd) != 0) throw new IOException($"grantpt failed: {PtyInterop.Error()}");
            if (PtyInterop.UnlockPt(fd) != 0) throw new IOException($"unlockpt failed: {PtyInterop.Error()}");
            var name = stackalloc byte[128];
            if (PtyInterop.PtsNameR(fd, name, 128) != 0) throw new IOException($"ptsname_r failed: {PtyInterop.Error()}");
            string slavePath = Encoding.ASCII.GetString(name, new ReadOnlySpan<byte>(name, 128).IndexOf((byte)0));

            // Holding a slave descriptor of our own keeps the master from seeing a hang-up while
            // the driver has the port closed, and lets us put the line in raw mode before it opens.
            var keeper = DeviceFile.Open(slavePath);
            TerminalMode.MakeRaw(keeper, settings ?? SerialSettings.Baud9600Data8NoParity);
            return new PseudoTerminal(master, keeper, slavePath);
        }
        catch
        {
            master.Dispose();
            throw;
        }
    }

    /// <summary>Sends bytes down the line to whoever has the slave open.</summary>
    public Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default) =>
        Master.WriteAsync(data, WriteTimeout, cancellationToken);

    /// <summary>Bytes the driver sent, within <paramref name="timeout"/>; 0 when none.</summary>
    public Task<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Master.ReadAsync(buffer, timeout, cancellationToken);

    public void Dispose()
    {
        Master.Dispose();
        _keeper.Dispose();
    }
}
