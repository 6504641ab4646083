using Warehouse.Core.Barcodes;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// An item scan read at a handheld: the key to find the SKU by (a GTIN in any length, or the SKU's code) and,
/// from GS1 data, the lot (AI 10), expiry (AI 17) and serial (AI 21).
/// </summary>
public sealed record ScannedItem(string Key, string? Lot, DateOnly? Expiry, string? Serial)
{
    /// <summary>
    /// GS1 data when it has an AIM prefix, brackets or a GS (or the wedge's stand-in for GS), or starts with AI 01
    /// and fourteen digits; anything else is a plain GTIN or a SKU code. Null when it reads; else why not.
    /// </summary>
    public static FloorMessage? Read(string code, char groupSeparatorStandIn, out ScannedItem item)
    {
        item = new ScannedItem(code, null, null, null);
        var text = code.Replace(groupSeparatorStandIn, Gs1ElementString.GroupSeparator);
        if (!Gs1ElementString.LooksLikeGs1(text) && !StartsWithGtinElement(text)) return null;
        if (!Gs1ElementString.TryParse(text, out var elements, out var error)) return new FloorMessage(PickCodes.Gs1Invalid, error);
        if (elements.FirstOrDefault(e => e.Ai == "01") is not { } gtin)
            return new FloorMessage(PickCodes.Gs1NoItem, Gs1ElementString.ToBracketForm(elements));
        item = new ScannedItem(gtin.Value, Value(elements, "10"), ExpiryOf(Value(elements, "17")), Value(elements, "21"));
        return null;
    }

    private static bool StartsWithGtinElement(string text) =>
        text.Length >= 16 && text.StartsWith("01", StringComparison.Ordinal) && !text.AsSpan(2, 14).ContainsAnyExcept("0123456789");

    private static string? Value(IReadOnlyList<Gs1Element> elements, string ai) => elements.FirstOrDefault(e => e.Ai == ai)?.Value;

    /// <summary>YYMMDD in this century; day 00 is the month's last day (GS1 General Specifications, 7.12).</summary>
    private static DateOnly? ExpiryOf(string? yymmdd)
    {
        if (yymmdd is null) return null;
        var year = 2000 + int.Parse(yymmdd[..2]);
        var month = int.Parse(yymmdd[2..4]);
        var day = int.Parse(yymmdd[4..]);
        if (month is < 1 or > 12) return null;
        if (day == 0) day = DateTime.DaysInMonth(year, month);
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
