using Warehouse.Core.Notifications;

namespace Warehouse.Core.Slips;

/// <summary>
/// What goes into the box with an order: its lines, a thank-you in the customer's language, a coupon
/// for the customer's segment, products that go with what was bought, the gift note, and how to
/// return it. Values from the order are raw here; the page that prints it encodes them.
/// </summary>
public sealed record PackingSlip(
    string OrderNumber,
    string Language,
    NoticeBrand Brand,
    bool Gift,
    string? GiftNote,
    IReadOnlyList<SlipLine> Lines,
    string Currency,
    CustomerSegment Segment,
    string? CouponCode,
    IReadOnlyList<string> Complementary,
    string? ReturnsUrl)
{
    /// <summary>The order's total as printed; null on a gift order (no prices) or when a line has none.</summary>
    public long? TotalMinor => Gift || Lines.Any(l => l.UnitPriceMinor is null) ? null : Lines.Sum(l => l.UnitPriceMinor!.Value * l.Quantity);
}

/// <summary>One line; <see cref="UnitPriceMinor"/> is never read for a gift order, so it cannot be printed.</summary>
public sealed record SlipLine(string SkuCode, string Name, int Quantity, long? UnitPriceMinor);
