using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Warehouse.Core.Barcodes;

/// <summary>
/// Parses what a scanner sends for a GS1 symbol: an optional AIM symbology identifier
/// (]C1, ]d2, ]Q3, ]e0, ]J1), then AIs and values with GS (0x1D) standing for FNC1;
/// or the human-readable bracket form <c>(01)…(10)…</c>.
/// </summary>
public static class Gs1ElementString
{
    /// <summary>No GS1 symbol carries more; a longer line is a stuck key or an attack, not a scan.</summary>
    public const int MaxInputLength = 512;

    public const char GroupSeparator = '\u001D';

    private static readonly string[] Gs1SymbologyIds = ["]C1", "]d2", "]Q3", "]e0", "]J1"];

    /// <summary>
    /// An AIM GS1 symbology prefix, the bracket form, or a group separator: what is taken for GS1 data
    /// before it is parsed (plain EANs, SKU codes and order numbers have none of these).
    /// </summary>
    public static bool LooksLikeGs1(string code) =>
        Gs1SymbologyIds.Any(id => code.StartsWith(id, StringComparison.Ordinal)) ||
        code.StartsWith('(') || code.Contains(GroupSeparator);

    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out IReadOnlyList<Gs1Element>? elements,
        [NotNullWhen(false)] out string? error)
    {
        elements = null;
        error = Parse(input, out var parsed);
        if (error is not null) return false;
        elements = parsed;
        return true;
    }

    /// <summary>Bracket form for people and logs: <c>(00)359012345000000013(400)A-17</c>.</summary>
    public static string ToBracketForm(IEnumerable<Gs1Element> elements) =>
        string.Concat(elements.Select(e => e.ToString()));

    /// <summary>What a scanner transmits: AIs run together, GS after variable-length values that are not last.</summary>
    public static string ToTransmittedForm(IReadOnlyList<Gs1Element> elements)
    {
        var text = new StringBuilder();
        for (var i = 0; i < elements.Count; i++)
        {
            text.Append(elements[i].Ai).Append(elements[i].Value);
            var fixedLength = Gs1ApplicationIdentifiers.Find(elements[i].Ai)?.IsFixedLength ?? false;
            if (!fixedLength && i < elements.Count - 1) text.Append(GroupSeparator);
        }
        return text.ToString();
    }

    private static string? Parse(string? input, out List<Gs1Element> elements)
    {
        elements = [];
        if (input is null) return "Nothing was scanned.";
        // The scanner's suffix (CR, LF) is not data.
        var text = input.TrimEnd('\r', '\n');
        if (text.Length == 0) return "Nothing was scanned.";
        if (text.Length > MaxInputLength) return $"The scan is {text.Length} characters long; a GS1 code has at most {MaxInputLength}.";
        for (var i = 0; i < text.Length; i++)
            if (char.IsControl(text[i]) && text[i] != GroupSeparator)
                return $"The scan contains the control character U+{(int)text[i]:X4} at position {i + 1}.";

        if (text[0] == ']')
        {
            if (text.Length < 3) return "The scan ends inside its symbology identifier.";
            var id = text[..3];
            if (!Gs1SymbologyIds.Contains(id, StringComparer.Ordinal))
                return $"The symbology identifier {id} is not a GS1 symbol.";
            text = text[3..];
        }

        var error = text.StartsWith('(') ? ParseBracketed(text, elements) : ParseTransmitted(text, elements);
        if (error is not null) return error;
        if (elements.Count == 0) return "The scan holds no GS1 element.";
        foreach (var group in elements.GroupBy(e => e.Ai))
            if (group.Select(e => e.Value).Distinct().Count() > 1)
                return $"AI ({group.Key}) appears twice with different values.";
        return null;
    }

    private static string? ParseTransmitted(string text, List<Gs1Element> elements)
    {
        var position = 0;
        while (position < text.Length)
        {
            // A GS after a fixed-length value, a leading FNC1 or a doubled GS is harmless.
            if (text[position] == GroupSeparator) { position++; continue; }

            var ai = FindAi(text, position);
            if (ai is null) return UnknownAi(text, position);
            position += ai.Ai.Length;

            string value;
            if (ai.IsFixedLength)
            {
                var available = text.AsSpan(position, Math.Min(ai.MaxLength, text.Length - position));
                var gs = available.IndexOf(GroupSeparator);
                value = (gs >= 0 ? available[..gs] : available).ToString();
            }
            else
            {
                var end = text.IndexOf(GroupSeparator, position);
                value = text[position..(end < 0 ? text.Length : end)];
            }
            if (ai.Refusal(value) is { } reason) return reason;
            elements.Add(new Gs1Element(ai.Ai, value));
            position += value.Length;
        }
        return null;
    }

    private static string? ParseBracketed(string text, List<Gs1Element> elements)
    {
        var position = 0;
        while (position < text.Length)
        {
            if (text[position] != '(') return $"Expected '(' at position {position + 1} of the bracketed GS1 text.";
            var close = text.IndexOf(')', position);
            if (close < 0) return "An AI in brackets is not closed with ')'.";
            var aiText = text[(position + 1)..close];
            var ai = Gs1ApplicationIdentifiers.Find(aiText);
            if (ai is null) return $"Unknown GS1 application identifier ({aiText}).";
            // Values stop at the next '('; bracket text from people does not escape brackets.
            var next = text.IndexOf('(', close + 1);
            var value = text[(close + 1)..(next < 0 ? text.Length : next)];
            if (ai.Refusal(value) is { } reason) return reason;
            elements.Add(new Gs1Element(ai.Ai, value));
            position = next < 0 ? text.Length : next;
        }
        return null;
    }

    private static Gs1ApplicationIdentifier? FindAi(string text, int position)
    {
        // GS1 AIs are prefix-free, so at most one of the 2-, 3- and 4-digit readings is known.
        for (var length = 2; length <= 4 && position + length <= text.Length; length++)
            if (Gs1ApplicationIdentifiers.Find(text.Substring(position, length)) is { } ai)
                return ai;
        return null;
    }

    private static string UnknownAi(string text, int position)
    {
        var shown = new string(text.AsSpan(position, Math.Min(4, text.Length - position)).ToArray()
            .Select(c => c is < ' ' or > '~' ? '?' : c).ToArray());
        return $"Unknown GS1 application identifier at position {position + 1} (starts \"{shown}\").";
    }
}
