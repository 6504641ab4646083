using System.IO.Ports;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Warehouse.Devices.DeviceFiles;
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
            // the driver has the port closed, and keeps the line's settings between its opens.
            var keeper = DeviceFile.Open(slavePath);
            try
            {
                MakeRaw(slavePath, settings ?? SerialSettings.Baud9600Data8NoParity);
            }
            catch
            {
                keeper.Dispose();
                throw;
            }

            return new PseudoTerminal(master, keeper, slavePath);
        }
        catch
        {
            master.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Raw mode before any driver opens the line (no echo, no CR→LF), with no termios code of our own:
    /// SerialPort sets it on open, and it stays while the keeper holds the tty. Its close undoes its TIOCEXCL.
    /// </summary>
    private static void MakeRaw(string slavePath, SerialSettings settings)
    {
        using var port = new SerialPort(slavePath, settings.BaudRate, settings.Parity, settings.DataBits, settings.StopBits);
        port.Open();
    }

    /// <summary>Whether someone holds the line exclusively (TIOCEXCL), as a driver should while it has it open.</summary>
    public bool IsHeldExclusively
    {
        get
        {
            int exclusive = 0;
            if (PtyInterop.Ioctl(_keeper.Handle, PtyInterop.TIOCGEXCL, &exclusive) != 0)
                throw new IOException($"TIOCGEXCL failed: {PtyInterop.Error()}");
            return exclusive != 0;
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
