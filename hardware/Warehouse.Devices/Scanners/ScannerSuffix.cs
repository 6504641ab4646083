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
}
