namespace Warehouse.Core.Barcodes;

/// <summary>The GS1 mod-10 check digit shared by GTIN, SSCC and GLN.</summary>
public static class Gs1CheckDigit
{
    /// <summary>Check digit for <paramref name="digits"/> (the data digits, without the check digit).</summary>
    public static int Compute(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        // Weights run 3,1,3,… from the rightmost data digit.
        for (int i = digits.Length - 1, weight = 3; i >= 0; i--, weight = 4 - weight)
        {
            var d = digits[i] - '0';
            if ((uint)d > 9) throw new FormatException("GS1 data must be digits only.");
            sum += d * weight;
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>True when the last digit of <paramref name="withCheck"/> is the check digit of the rest.</summary>
    public static bool IsValid(ReadOnlySpan<char> withCheck) =>
        withCheck.Length >= 2 && IsDigits(withCheck) &&
        Compute(withCheck[..^1]) == withCheck[^1] - '0';

    public static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c is < '0' or > '9') return false;
        return !s.IsEmpty;
    }
}
