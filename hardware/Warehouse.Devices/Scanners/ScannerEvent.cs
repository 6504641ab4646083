namespace Warehouse.Devices.Scanners;

/// <summary>What a scanner reported: a code, or a fault that was kept from becoming one.</summary>
public abstract record ScannerEvent(DateTimeOffset At);

/// <summary>
/// One decoded code. <see cref="SymbologyId"/> is the AIM identifier (<c>]C1</c>, <c>]d2</c>, …)
/// when the scanner sent one; GS (0x1D) separators of GS1 data stay in <see cref="Data"/>.
/// </summary>
public sealed record ScannedCode(string Data, string? SymbologyId, DateTimeOffset At) : ScannerEvent(At)
{
    private static readonly string[] Gs1Symbologies = ["]C1", "]d2", "]Q3", "]e0", "]J1"];

    /// <summary>What a station reads: GS1 symbols keep their AIM prefix so they are read as GS1, not as plain text.</summary>
    public string ForStation => SymbologyId is { } aim && Gs1Symbologies.Contains(aim) ? aim + Data : Data;
}

public enum ScannerFaultKind
{
    /// <summary>More than the maximum line length arrived without a suffix; all of it was dropped.</summary>
    LineTooLong,

    /// <summary>Control characters or invalid text; the line was refused.</summary>
    Garbage,

    /// <summary>Part of a line came and the rest never did.</summary>
    Incomplete,

    /// <summary>The scanner was unplugged; anything half-received was dropped.</summary>
    DeviceGone,
}

public sealed record ScannerFault(ScannerFaultKind Kind, string Reason, DateTimeOffset At) : ScannerEvent(At);
