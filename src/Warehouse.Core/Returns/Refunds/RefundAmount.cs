using System.Globalization;

namespace Warehouse.Core.Returns.Refunds;

/// <summary>
/// An amount a clerk types or scans at the desk, in złoty ("12,50", "12.50", "12"): read into grosze,
/// an integer. Anything else — letters, a sign, a third decimal, an exponent, more digits than any
/// refund has — is no amount.
/// </summary>
public static class RefundAmount
{
    /// <summary>Nine digits of złoty: far above any order, far below what a long holds.</summary>
    public const int MaxWholeDigits = 9;

    public static bool TryParse(string? text, out long minor)
    {
        minor = 0;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;
        if (s.EndsWith("zł", StringComparison.OrdinalIgnoreCase)) s = s[..^2].TrimEnd();
        var separator = s.IndexOfAny(['.', ',']);
        var whole = separator < 0 ? s : s[..separator];
        var fraction = separator < 0 ? "" : s[(separator + 1)..];
        if (whole.Length is 0 or > MaxWholeDigits || fraction.Length > 2 || (separator >= 0 && fraction.Length == 0)) return false;
        if (!whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit)) return false;
        minor = long.Parse(whole, CultureInfo.InvariantCulture) * 100 + (fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(2, '0'), CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Grosze as the message arguments carry them (the screen formats them in its language).</summary>
    public static string Arg(long minor) => minor.ToString(CultureInfo.InvariantCulture);
}
