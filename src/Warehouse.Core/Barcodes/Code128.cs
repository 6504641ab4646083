namespace Warehouse.Core.Barcodes;

/// <summary>
/// Code 128 encoder using subsets B and C, choosing the switches that give the
/// shortest symbol (a narrower barcode scans from further away and fits a ticket).
/// </summary>
public static class Code128
{
    /// <summary>Long symbols are hard to scan and no floor code needs more.</summary>
    public const int MaxDataLength = 80;

    // FNC1 travels through the planner as a pseudo-character.
    private const int Fnc1Item = -1;

    /// <summary>Encodes printable ASCII (0x20–0x7E) text; anything else is refused.</summary>
    public static Code128Symbol Encode(string data)
    {
        if (Refusal(data) is { } reason) throw new ArgumentException(reason, nameof(data));
        return Build(data.Select(c => (int)c).ToArray());
    }

    /// <summary>
    /// GS1-128: FNC1 first, then every element; a variable-length element that is
    /// not last ends with FNC1 so the scanner knows where its value stops.
    /// </summary>
    public static Code128Symbol EncodeGs1(IReadOnlyList<Gs1Element> elements)
    {
        if (elements.Count == 0) throw new ArgumentException("A GS1-128 symbol needs at least one element.", nameof(elements));
        var items = new List<int> { Fnc1Item };
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var ai = Gs1ApplicationIdentifiers.Find(element.Ai)
                ?? throw new ArgumentException($"Unknown GS1 application identifier ({element.Ai}).", nameof(elements));
            if (ai.Refusal(element.Value) is { } reason) throw new ArgumentException(reason, nameof(elements));
            items.AddRange(element.Ai.Select(c => (int)c));
            items.AddRange(element.Value.Select(c => (int)c));
            if (!ai.IsFixedLength && i < elements.Count - 1) items.Add(Fnc1Item);
        }
        if (items.Count > MaxDataLength) throw new ArgumentException("GS1-128 data is too long for one symbol.", nameof(elements));
        return Build(items.ToArray());
    }

    /// <summary>Why <paramref name="data"/> cannot be encoded, or null when it can.</summary>
    public static string? Refusal(string? data)
    {
        if (string.IsNullOrEmpty(data)) return "Code 128 data is empty.";
        if (data.Length > MaxDataLength) return $"Code 128 data is {data.Length} characters; at most {MaxDataLength} fit.";
        for (var i = 0; i < data.Length; i++)
            if (data[i] is < ' ' or > '~')
                return $"Code 128 (subset B/C) cannot encode the character U+{(int)data[i]:X4} at position {i + 1}.";
        return null;
    }

    private static Code128Symbol Build(int[] items)
    {
        var plan = Code128Plan.Shortest(items);
        var codewords = new List<int>(plan.Count + 3);
        var subsetC = plan[0].SubsetC;
        codewords.Add(subsetC ? Code128Patterns.StartC : Code128Patterns.StartB);
        var position = 0;
        foreach (var step in plan)
        {
            if (step.SubsetC != subsetC)
            {
                codewords.Add(step.SubsetC ? Code128Patterns.CodeC : Code128Patterns.CodeB);
                subsetC = step.SubsetC;
            }
            var item = items[position];
            if (item == Fnc1Item) { codewords.Add(Code128Patterns.Fnc1); position++; }
            else if (subsetC) { codewords.Add((item - '0') * 10 + (items[position + 1] - '0')); position += 2; }
            else { codewords.Add(item - ' '); position++; }
        }
        var sum = codewords[0];
        for (var i = 1; i < codewords.Count; i++) sum += i * codewords[i];
        codewords.Add(sum % 103);
        codewords.Add(Code128Patterns.Stop);
        return new Code128Symbol(codewords);
    }
}
