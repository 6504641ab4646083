namespace Warehouse.Core.Barcodes;

/// <summary>
/// What the GS1 General Specifications say about one AI: its length, its
/// character set and whether it ends in a mod-10 check digit.
/// </summary>
public sealed record Gs1ApplicationIdentifier(
    string Ai, string Title, int MinLength, int MaxLength, bool Numeric, bool HasCheckDigit = false, bool IsDate = false)
{
    /// <summary>
    /// Fixed-length AIs (all ours belong to the GS1 "predefined length" table) need no
    /// FNC1/GS after them, which is why wedge-typed data without GS still parses.
    /// </summary>
    public bool IsFixedLength => MinLength == MaxLength;

    /// <summary>Why <paramref name="value"/> is not a valid value of this AI, or null when it is.</summary>
    public string? Refusal(string value)
    {
        if (value.Length == 0) return $"AI ({Ai}) {Title} has no value.";
        if (IsFixedLength && value.Length != MaxLength)
            return $"AI ({Ai}) {Title} needs exactly {MaxLength} {(Numeric ? "digits" : "characters")}, got {value.Length}.";
        if (value.Length > MaxLength)
            return $"AI ({Ai}) {Title} is {value.Length} characters long, at most {MaxLength} allowed (is a GS separator missing?).";
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (Numeric ? c is < '0' or > '9' : !IsCset82(c))
                return Numeric
                    ? $"AI ({Ai}) {Title} must be digits only; found '{Printable(c)}' (is a GS separator missing?)."
                    : $"AI ({Ai}) {Title} contains '{Printable(c)}', which GS1 does not allow.";
        }
        if (HasCheckDigit && !Gs1CheckDigit.IsValid(value))
            return $"AI ({Ai}) {Title} {value} has a wrong check digit (expected {Gs1CheckDigit.Compute(value.AsSpan(0, value.Length - 1))}).";
        if (IsDate && !IsYymmdd(value)) return $"AI ({Ai}) {Title} {value} is not a YYMMDD date.";
        return null;
    }

    /// <summary>GS1 character set 82: the only characters allowed in alphanumeric AIs.</summary>
    public static bool IsCset82(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' ||
        "!\"%&'()*+,-./:;<=>?_".Contains(c);

    // Day 00 is allowed by GS1: it means "end of the month".
    private static bool IsYymmdd(string v) =>
        int.Parse(v.AsSpan(2, 2)) is >= 1 and <= 12 && int.Parse(v.AsSpan(4, 2)) <= 31;

    private static string Printable(char c) => c is < ' ' or > '~' ? $"U+{(int)c:X4}" : c.ToString();
}
