using Warehouse.Core.Floor;

namespace Warehouse.Core.Stations;

/// <summary>Checks the raw scanned text before anything looks it up.</summary>
public static class ScanText
{
    private const char GroupSeparator = '\u001d';

    // A French/Belgian AZERTY wedge types the digit row unshifted as these characters.
    private const string AzertyDigitRow = "&é\"'(-è_çà";

    public static FloorMessage? Refusal(string? code, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(code)) return new FloorMessage(StationCodes.ScanEmpty);
        if (code.Length > maxLength) return new FloorMessage(StationCodes.ScanTooLong, maxLength.ToString());
        foreach (var c in code)
        {
            // GS stands for FNC1 in GS1 data and is the one control character a scanner sends.
            if (char.IsControl(c) && c != GroupSeparator) return new FloorMessage(StationCodes.ScanControlCharacters);
        }
        if (LooksLikeWrongKeyboardLayout(code)) return new FloorMessage(StationCodes.ScanKeyboardLayout);
        return null;
    }

    /// <summary>Mostly AZERTY digit-row characters: the wedge's keyboard layout does not match the PC's.</summary>
    public static bool LooksLikeWrongKeyboardLayout(string code)
    {
        var trimmed = code.Trim();
        if (trimmed.Length < 3) return false;
        var azerty = trimmed.Count(c => AzertyDigitRow.Contains(c));
        return azerty * 2 > trimmed.Length && trimmed.All(c => AzertyDigitRow.Contains(c) || char.IsAsciiLetterOrDigit(c));
    }

    /// <summary>The scan as it may be stored: printable, at most 128 characters.</summary>
    public static string ForAudit(string? code)
    {
        if (code is null) return "";
        var cut = code.Length > 128 ? code[..128] : code;
        return string.Create(cut.Length, cut, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = char.IsControl(s[i]) ? '\uFFFD' : s[i];
        });
    }
}
