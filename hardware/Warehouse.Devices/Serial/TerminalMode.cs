using Warehouse.Devices.Serial.Interop;

namespace Warehouse.Devices.Serial;

/// <summary>Puts a tty in raw mode with a speed and framing: no echo, no CR→LF, every byte delivered at once.</summary>
public static unsafe class TerminalMode
{
    public static void MakeRaw(DeviceFile device, SerialSettings settings)
    {
        uint speed = SpeedCode(settings.BaudRate);
        Termios t;
        Check(device, Libc.TcGetAttr(device.Handle, &t), "tcgetattr");
        Libc.CfMakeRaw(&t);
        t.Cflag &= ~(Termios.CSIZE | Termios.PARENB | Termios.PARODD | Termios.CSTOPB | Termios.CRTSCTS);
        t.Cflag |= Termios.CLOCAL | Termios.CREAD | DataBits(settings.DataBits);
        if (settings.Parity != Parity.None)
        {
            t.Cflag |= Termios.PARENB | (settings.Parity == Parity.Odd ? Termios.PARODD : 0);
            t.Iflag |= Termios.INPCK;
        }

        if (settings.StopBits == StopBits.Two) t.Cflag |= Termios.CSTOPB;
        t.Cc[Termios.VMIN] = 1;
        t.Cc[Termios.VTIME] = 0;
        Check(device, Libc.CfSetISpeed(&t, speed), "cfsetispeed");
        Check(device, Libc.CfSetOSpeed(&t, speed), "cfsetospeed");
        int set = Libc.TcSetAttr(device.Handle, Libc.TCSANOW, &t);
        // A pseudo-terminal forces CS8 without parity, and a recent kernel answers EINVAL when a
        // request changes nothing it keeps: what counts is the state read back below.
        if (set != 0 && Libc.LastError != Libc.EINVAL) Check(device, set, "tcsetattr");

        Termios back;
        Check(device, Libc.TcGetAttr(device.Handle, &back), "tcgetattr");
        if (Libc.CfGetOSpeed(&back) != speed)
            throw new IOException($"{device.Path}: the device did not accept {settings.BaudRate} baud");
        if ((back.Lflag & (Termios.ICANON | Termios.ECHO)) != 0 || back.Cc[Termios.VMIN] != 1)
            throw new IOException($"{device.Path}: the device did not take raw mode");
    }

    private static uint SpeedCode(int baud) => baud switch
    {
        1200 => 9,
        2400 => 11,
        4800 => 12,
        9600 => 13,
        19200 => 14,
        38400 => 15,
        57600 => 0x1001,
        115200 => 0x1002,
        _ => throw new ArgumentOutOfRangeException(nameof(baud), baud, "unsupported baud rate"),
    };

    private static uint DataBits(int bits) => bits switch
    {
        5 => Termios.CS5,
        6 => Termios.CS6,
        7 => Termios.CS7,
        8 => Termios.CS8,
        _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "data bits are 5 to 8"),
    };

    private static void Check(DeviceFile device, int result, string call)
    {
        if (result == 0) return;
        int errno = Libc.LastError;
        if (errno == Libc.EIO) throw new DeviceGoneException(device.Path, $"{call}: {Libc.Describe(errno)}");
        throw new IOException($"{device.Path}: {call} failed: {Libc.Describe(errno)}");
    }
}
