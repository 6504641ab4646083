using System.Globalization;
using System.Text;

namespace Warehouse.Core.Labels;

/// <summary>
/// The one way text reaches a ZPL label. Names, addresses and product text come from
/// customers and marketplaces, so none of it may ever be read by the printer as a
/// command: every text field is <c>^FH_^FD…^FS</c> with <c>^ ~ _</c> and every byte
/// outside 0x20–0x7E hex-escaped (UTF-8 bytes, the format starts with <c>^CI28</c>).
/// </summary>
public static class ZplText
{
    public const char HexIndicator = '_';

    /// <summary>
    /// Upper bound for any single field whatever its width, so a 5 KB name costs nothing
    /// to lay out; the layout clips much earlier to what fits.
    /// </summary>
    public const int MaxFieldLength = 200;

    public const string ClipMarker = "...";

    /// <summary>A complete text field: tidied, clipped to <paramref name="maxLength"/> characters and escaped.</summary>
    public static string Field(string? text, int maxLength = MaxFieldLength) =>
        $"^FH{HexIndicator}^FD{Escape(Clip(Tidy(text), maxLength))}^FS";

    /// <summary>
    /// Composed form (NFC, so "ż" typed as z + dot is one glyph the font has), control
    /// characters as spaces (a newline in an address line is not a line on the label),
    /// runs of white space as one.
    /// </summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.Length > MaxFieldLength * 4) text = text[..(MaxFieldLength * 4)];
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var tidy = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c);
            if (blank && (tidy.Length == 0 || tidy[^1] == ' ')) continue;
            tidy.Append(blank ? ' ' : c);
        }
        return tidy.ToString().TrimEnd();
    }

    /// <summary>
    /// At most <paramref name="maxLength"/> user-perceived characters (never half an emoji
    /// or a letter without its accent), ending in "..." when something was cut.
    /// </summary>
    public static string Clip(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var elements = StringInfo.GetTextElementEnumerator(text);
        var kept = new List<string>();
        while (elements.MoveNext())
        {
            kept.Add(elements.GetTextElement());
            if (kept.Count > maxLength) break;
        }
        if (kept.Count <= maxLength) return text;
        // A field too short for the marker (a country code) is just cut.
        if (maxLength <= ClipMarker.Length * 2) return string.Concat(kept.Take(maxLength));
        return string.Concat(kept.Take(maxLength - ClipMarker.Length)).TrimEnd() + ClipMarker;
    }

    /// <summary>The <c>^FH_</c> hex form of <paramref name="text"/>; the result holds only safe printable ASCII.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        // Runes: a lone surrogate becomes U+FFFD instead of invalid UTF-8.
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x20 and <= 0x7E && rune.Value is not ('^' or '~' or HexIndicator))
            {
                escaped.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..count]) escaped.Append(HexIndicator).Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}
