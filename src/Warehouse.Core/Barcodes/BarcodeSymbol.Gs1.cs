using ZXing;

namespace Warehouse.Core.Barcodes;

public sealed partial class BarcodeSymbol
{
    // ZXing's Code 128 writer takes U+00F1 for FNC1.
    private const char Code128Fnc1 = '\u00F1';

    /// <summary>
    /// GS1-128: FNC1 first, then every element; a variable-length element that is not last
    /// ends with FNC1 so the scanner knows where its value stops.
    /// </summary>
    public static BarcodeSymbol Gs1_128(IReadOnlyList<Gs1Element> elements)
    {
        var transmitted = Gs1Data(elements);
        if (transmitted.Length + 1 > MaxCode128Length)
            throw new ArgumentException("GS1-128 data is too long for one symbol.", nameof(elements));
        return Encode(BarcodeSymbology.Gs1_128, transmitted.Replace(Gs1ElementString.GroupSeparator, Code128Fnc1),
            BarcodeFormat.CODE_128, Code128Hints(gs1: true));
    }

    /// <summary>The elements as a scanner transmits them (GS between), after checking each against its AI.</summary>
    private static string Gs1Data(IReadOnlyList<Gs1Element> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.Count == 0) throw new ArgumentException("A GS1-128 symbol needs at least one element.", nameof(elements));
        foreach (var element in elements)
        {
            var ai = Gs1ApplicationIdentifiers.Find(element.Ai)
                ?? throw new ArgumentException($"Unknown GS1 application identifier ({element.Ai}).", nameof(elements));
            if (ai.Refusal(element.Value) is { } reason) throw new ArgumentException(reason, nameof(elements));
        }
        return Gs1ElementString.ToTransmittedForm(elements);
    }
}
