using System.Globalization;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Catalog.Import;

/// <summary>
/// Checks on text that came from outside and ends up on screens, in exports and on ZPL labels:
/// no control or format characters, nothing a spreadsheet would run, nothing that starts ZPL.
/// </summary>
public static class CellText
{
    /// <summary>Why the text is refused (a <see cref="CatalogCodes"/> message), or null when it is plain text.</summary>
    public static FloorMessage? Hostile(string text)
    {
        foreach (var ch in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
                return new FloorMessage(CatalogCodes.ControlCharacter, $"U+{(int)ch:X4}");
        }
        var trimmed = text.TrimStart();
        // A spreadsheet that opens an export of this cell would run it (=cmd|' /C calc'!A0).
        if (trimmed.Length > 0 && trimmed[0] is '=' or '+' or '-' or '@')
            return new FloorMessage(CatalogCodes.Formula);
        // ZPL commands start with ^ or ~: a name is printed on labels, and must never be able to end one.
        if (text.Contains('^') || text.Contains('~'))
            return new FloorMessage(CatalogCodes.PrinterCommands);
        return null;
    }

    /// <summary>Shortened, with control characters shown as '?', so a message never carries what it refuses.</summary>
    public static string Shown(string text)
    {
        var shown = new string(text.Select(ch => char.IsControl(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format ? '?' : ch).ToArray());
        return shown.Length > 40 ? shown[..40] + "…" : shown;
    }
}
