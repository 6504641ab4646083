using System.Globalization;

namespace Warehouse.Devices.Printers;

/// <summary><c>~HQES</c> error bits (lower 32 bits of the error group).</summary>
[Flags]
public enum ZebraErrors : ulong
{
    None = 0,
    MediaOut = 0x1,
    RibbonOut = 0x2,
    HeadOpen = 0x4,
    CutterFault = 0x8,
    HeadOverTemperature = 0x10,
    MotorOverTemperature = 0x20,
    Paused = 0x10000,
}

/// <summary><c>~HQES</c> warning bits.</summary>
[Flags]
public enum ZebraWarnings : ulong
{
    None = 0,
    NeedsCalibration = 0x1,
    CleanPrintHead = 0x2,
    ReplacePrintHead = 0x4,
}

/// <summary>The answer to <c>~HQES</c>: <c>PRINTER STATUS / ERRORS: f hi lo / WARNINGS: f hi lo</c>.</summary>
public sealed record ZebraExtendedStatus(ZebraErrors Errors, ZebraWarnings Warnings)
{
    public bool HasErrors => Errors != ZebraErrors.None;

    public static bool TryParse(string answer, out ZebraExtendedStatus? status, out string? problem)
    {
        status = null;
        if (!TryReadGroup(answer, "ERRORS:", out ulong errors, out problem)) return false;
        if (!TryReadGroup(answer, "WARNINGS:", out ulong warnings, out problem)) return false;
        status = new ZebraExtendedStatus((ZebraErrors)errors, (ZebraWarnings)warnings);
        return true;
    }

    private static bool TryReadGroup(string answer, string label, out ulong bits, out string? problem)
    {
        bits = 0;
        int at = answer.IndexOf(label, StringComparison.Ordinal);
        if (at < 0)
        {
            problem = $"no '{label}' line";
            return false;
        }

        int lineEnd = answer.IndexOfAny(['\r', '\n', '\u0003'], at);
        string line = lineEnd < 0 ? answer[(at + label.Length)..] : answer[(at + label.Length)..lineEnd];
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "f hhhhhhhh llllllll": a flag and two 32-bit hex groups, high group first.
        if (parts.Length < 3
            || !uint.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint high)
            || !uint.TryParse(parts[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint low))
        {
            problem = $"unreadable '{label}' line: '{line.Trim()}'";
            return false;
        }

        bits = ((ulong)high << 32) | low;
        problem = null;
        return true;
    }

    internal static bool IsComplete(ReadOnlySpan<byte> received) => received.Contains((byte)0x03);
}
