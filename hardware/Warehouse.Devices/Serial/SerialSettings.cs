using System.IO.Ports;

namespace Warehouse.Devices.Serial;

/// <summary>Line settings of a serial device; scales often want 7E1, scanners 8N1.</summary>
public sealed record SerialSettings(int BaudRate = 9600, int DataBits = 8, Parity Parity = Parity.None, StopBits StopBits = StopBits.One)
{
    public static SerialSettings Baud9600Data8NoParity { get; } = new();

    public static SerialSettings Baud9600Data7EvenParity { get; } = new(9600, 7, Parity.Even);

    public override string ToString() =>
        $"{BaudRate} {DataBits}{Parity.ToString()[0]}{(StopBits == StopBits.One ? 1 : 2)}";
}
