using System.Runtime.InteropServices;

namespace Warehouse.Devices.Serial.Interop;

/// <summary>glibc <c>struct termios</c>: 60 bytes, c_cc at 17, c_ispeed at 52.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Termios
{
    public uint Iflag;
    public uint Oflag;
    public uint Cflag;
    public uint Lflag;
    public byte Line;
    public fixed byte Cc[32];
    public uint Ispeed;
    public uint Ospeed;

    public const int VTIME = 5;
    public const int VMIN = 6;

    public const uint INPCK = 0x10;
    public const uint ICANON = 0x2;
    public const uint ECHO = 0x8;
    public const uint CSIZE = 0x30;
    public const uint CS5 = 0x0;
    public const uint CS6 = 0x10;
    public const uint CS7 = 0x20;
    public const uint CS8 = 0x30;
    public const uint CSTOPB = 0x40;
    public const uint CREAD = 0x80;
    public const uint PARENB = 0x100;
    public const uint PARODD = 0x200;
    public const uint CLOCAL = 0x800;
    public const uint CRTSCTS = 0x80000000;
}
