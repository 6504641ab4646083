namespace Warehouse.Devices.Scanners;

/// <summary>What a scanner sends after each code; set the same on the scanner and here.</summary>
public enum ScannerSuffix
{
    CarriageReturn,
    LineFeed,
    CarriageReturnLineFeed,
    Tab,
}

public static class ScannerSuffixBytes
{
    public static ReadOnlySpan<byte> Of(ScannerSuffix suffix) => suffix switch
    {
        ScannerSuffix.CarriageReturn => "\r"u8,
        ScannerSuffix.LineFeed => "\n"u8,
        ScannerSuffix.CarriageReturnLineFeed => "\r\n"u8,
        ScannerSuffix.Tab => "\t"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(suffix)),
    };

    /// <summary>The name used in configuration: <c>cr</c>, <c>lf</c>, <c>crlf</c> or <c>tab</c>.</summary>
    public static ScannerSuffix Named(string name) => name.ToLowerInvariant() switch
    {
        "cr" => ScannerSuffix.CarriageReturn,
        "lf" => ScannerSuffix.LineFeed,
        "crlf" => ScannerSuffix.CarriageReturnLineFeed,
        "tab" => ScannerSuffix.Tab,
        _ => throw new ArgumentException($"Scanner suffix '{name}' is not cr, lf, crlf or tab.", nameof(name)),
    };
}
