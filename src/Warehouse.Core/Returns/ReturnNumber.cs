using Warehouse.Core.Barcodes;

namespace Warehouse.Core.Returns;

/// <summary>
/// The RMA number: <c>RMA-</c> and nine digits, the last a GS1 mod-10 check digit over the eight
/// before it (RMA-000001237). Readable over the phone, printable as Code 128, and a mistyped digit
/// is caught before anything is looked up.
/// </summary>
public readonly record struct ReturnNumber
{
    public const string Prefix = "RMA-";
    public const int Digits = 9;
    public const int Length = 13;

    public string Value { get; }

    private ReturnNumber(string value) => Value = value;

    public static ReturnNumber From(long serial)
    {
        if (serial is < 1 or > 99_999_999) throw new ArgumentOutOfRangeException(nameof(serial), serial, "An RMA serial has at most eight digits.");
        var body = serial.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return new ReturnNumber(Prefix + body + Gs1CheckDigit.Compute(body));
    }

    /// <summary>Accepts the scanned or typed form, any case, surrounding spaces; false when the check digit is wrong.</summary>
    public static bool TryParse(string? text, out ReturnNumber number)
    {
        number = default;
        var s = text?.Trim().ToUpperInvariant();
        if (s is not { Length: Length } || !s.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var digits = s[Prefix.Length..];
        if (!digits.All(char.IsAsciiDigit)) return false;
        if (Gs1CheckDigit.Compute(digits.AsSpan(0, digits.Length - 1)) != digits[^1] - '0') return false;
        number = new ReturnNumber(s);
        return true;
    }

    public override string ToString() => Value;
}
