namespace Warehouse.Core.Barcodes;

/// <summary>
/// Serial Shipping Container Code: extension digit + GS1 company prefix + serial
/// reference (17 digits together) + check digit.
/// </summary>
public readonly record struct Sscc
{
    /// <summary>All 18 digits, check digit included.</summary>
    public string Value { get; }

    private Sscc(string value) => Value = value;

    public static Sscc Create(int extensionDigit, string companyPrefix, long serialReference)
    {
        if (extensionDigit is < 0 or > 9) throw new ArgumentOutOfRangeException(nameof(extensionDigit));
        if (!Gs1CheckDigit.IsDigits(companyPrefix) || companyPrefix.Length is < 6 or > 12)
            throw new ArgumentException("A GS1 company prefix has 6 to 12 digits.", nameof(companyPrefix));
        var serialDigits = 16 - companyPrefix.Length;
        var maxSerial = (long)Math.Pow(10, serialDigits);
        if (serialReference < 0 || serialReference >= maxSerial)
            throw new ArgumentOutOfRangeException(nameof(serialReference),
                $"Company prefix {companyPrefix} leaves room for {serialDigits} serial digits.");
        var data = $"{extensionDigit}{companyPrefix}{serialReference.ToString().PadLeft(serialDigits, '0')}";
        return new Sscc(data + Gs1CheckDigit.Compute(data));
    }

    public static bool TryParse(string? text, out Sscc sscc)
    {
        sscc = default;
        var s = (text ?? "").Trim();
        if (s.Length != 18 || !Gs1CheckDigit.IsValid(s)) return false;
        sscc = new Sscc(s);
        return true;
    }

    /// <summary>Human-readable form printed under the barcode: <c>(00) 3 5901234 500000001 3</c> style grouping is left to the label.</summary>
    public string ToElementString() => "(00)" + Value;

    public override string ToString() => Value;
}
