using System.Text;

namespace Warehouse.Core.Labels;

/// <summary>
/// The one way text reaches a ZPL label. Every text field is written <c>^FH_^FD…^FS</c> with
/// <c>^</c>, <c>~</c>, <c>_</c> and every byte outside printable ASCII hex-escaped (UTF-8 under
/// <c>^CI28</c>), so no product, name or address can become a printer command.
/// </summary>
public static class ZplText
{
    /// <summary>A complete text field: <c>^FH_^FD{escaped}^FS</c>, cut to <paramref name="maxChars"/> characters.</summary>
    public static string Field(string? text, int maxChars) => "^FH_^FD" + Escape(Clip(text, maxChars)) + "^FS";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x20 and <= 0x7E and not ('^' or '~' or '_'))
            {
                sb.Append((char)rune.Value);
                continue;
            }
            // Control characters would print as boxes: a space says the same and keeps the layout.
            var r = Rune.IsControl(rune) ? new Rune(' ') : rune;
            if (r.Value == ' ') { sb.Append(' '); continue; }
            var n = r.EncodeToUtf8(utf8);
            for (var i = 0; i < n; i++) sb.Append('_').Append(utf8[i].ToString("X2"));
        }
        return sb.ToString();
    }

    /// <summary>Cuts by characters (not UTF-16 units), so a label never ends in half a letter.</summary>
    public static string Clip(string? text, int maxChars)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var runes = text.EnumerateRunes().ToArray();
        if (runes.Length <= maxChars) return text;
        var sb = new StringBuilder();
        foreach (var r in runes.Take(Math.Max(0, maxChars - 1))) sb.Append(r.ToString());
        return sb.Append('…').ToString();
    }
}
