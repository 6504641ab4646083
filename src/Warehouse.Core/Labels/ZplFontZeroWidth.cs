using System.Globalization;

namespace Warehouse.Core.Labels;

/// <summary>
/// How wide text in ZPL font 0 is, estimated on the generous side. A field that
/// does not fit is clipped or wrapped by us, because neither <c>^FB</c> nor the
/// printer stops text at the label edge.
/// </summary>
public static class ZplFontZeroWidth
{
    /// <summary>Estimated width in dots of <paramref name="text"/> at <paramref name="fontHeight"/> dots.</summary>
    public static double Of(string text, int fontHeight)
    {
        double width = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext()) width += Factor(elements.GetTextElement()) * fontHeight;
        return width;
    }

    /// <summary>The first of <paramref name="heights"/> (largest first) at which <paramref name="text"/> fits, else the last.</summary>
    public static int LargestFitting(string text, int widthDots, params ReadOnlySpan<int> heights)
    {
        foreach (var h in heights)
        {
            if (Of(text, h) <= widthDots) return h;
        }
        return heights[^1];
    }

    /// <summary><paramref name="text"/> clipped (with "...") to fit in <paramref name="widthDots"/>.</summary>
    public static string Fit(string text, int fontHeight, int widthDots)
    {
        if (Of(text, fontHeight) <= widthDots) return text;
        var elements = TextElements(text);
        var budget = widthDots - Of(ZplText.ClipMarker, fontHeight);
        double used = 0;
        var count = 0;
        while (count < elements.Count && used + Factor(elements[count]) * fontHeight <= budget)
            used += Factor(elements[count++]) * fontHeight;
        return string.Concat(elements.Take(count)).TrimEnd() + ZplText.ClipMarker;
    }

    /// <summary>
    /// Word-wraps <paramref name="text"/> into at most <paramref name="maxLines"/> lines that
    /// fit; whatever is left over is clipped on the last line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int fontHeight, int widthDots, int maxLines)
    {
        var lines = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0 && lines.Count < maxLines - 1 && Of(rest, fontHeight) > widthDots)
        {
            var elements = TextElements(rest);
            double used = 0;
            var fits = 0;
            while (fits < elements.Count && used + Factor(elements[fits]) * fontHeight <= widthDots)
                used += Factor(elements[fits++]) * fontHeight;
            var head = string.Concat(elements.Take(fits));
            // Break after the last space that fits; a single overlong word is cut where it must be.
            var space = head.LastIndexOf(' ');
            var cut = space > 0 ? space : head.Length;
            lines.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0) lines.Add(Fit(rest, fontHeight, widthDots));
        return lines;
    }

    private static List<string> TextElements(string text)
    {
        var list = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext()) list.Add(elements.GetTextElement());
        return list;
    }

    // Widths as a share of the font height, measured on rendered font 0 and rounded up.
    private static double Factor(string element)
    {
        var c = element[0];
        if (c > '\u024F') return 1.0; // emoji, CJK and friends: a full square
        return c switch
        {
            'W' or 'M' or 'w' or 'm' or '@' or '%' => 0.85,
            'i' or 'l' or 'j' or 'I' or '.' or ',' or '\'' or ':' or ';' or '!' or '|' or ' ' => 0.3,
            _ when char.IsUpper(c) => 0.65,
            _ => 0.55,
        };
    }
}
