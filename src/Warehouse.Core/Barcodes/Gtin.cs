namespace Warehouse.Core.Barcodes;

/// <summary>
/// A GTIN in its 14-digit form. GTIN-8, UPC-A (12), EAN-13 and GTIN-14 scans of the
/// same product normalise to the same value, so a catalog lookup needs one key.
/// </summary>
public readonly record struct Gtin
{
    public string Value { get; }

    private Gtin(string value) => Value = value;

    public static bool TryParse(string? text, out Gtin gtin)
    {
        gtin = default;
        if (text is null) return false;
        var s = text.AsSpan().Trim();
        if (s.Length is not (8 or 12 or 13 or 14) || !Gs1CheckDigit.IsValid(s)) return false;
        gtin = new Gtin(s.ToString().PadLeft(14, '0'));
        return true;
    }

    /// <summary>True when <paramref name="text"/> has a GTIN's length and digits but a wrong check digit.</summary>
    public static bool LooksLikeGtinWithBadCheckDigit(string? text)
    {
        var s = (text ?? "").AsSpan().Trim();
        return s.Length is 8 or 12 or 13 or 14 && Gs1CheckDigit.IsDigits(s) && !Gs1CheckDigit.IsValid(s);
    }

    /// <summary>The shortest usual form: EAN-13 when the GTIN-14 starts with a zero, else GTIN-14.</summary>
    public string ToEan13OrGtin14() => Value[0] == '0' ? Value[1..] : Value;

    public override string ToString() => Value;
}
