using Warehouse.Core.Orders;
using Warehouse.Core.Returns.Refunds;

namespace Warehouse.Core.Notifications;

/// <summary>
/// Everything a template needs, read when the notice is sent (so that the notice row keeps no
/// personal data). Values from the order are raw here; the templates encode them.
/// </summary>
public sealed record NoticeLetter(
    NoticeKind Kind,
    string Language,
    NoticeBrand Brand,
    string OrderNumber,
    string? CustomerName,
    string? TrackingNumber,
    string? TrackingLink,
    IReadOnlyList<string> Recommendations,
    string? ReturnNumber = null,
    DateTime? DeclaredLocal = null,
    NoticeRefund? Refund = null);

/// <summary>A return's refund as its notices state it: the decision, the amount (minor units) and, when not full, the reason.</summary>
public sealed record NoticeRefund(RefundDecision Decision, long AmountMinor, string Currency, RefundReason? Reason);

/// <summary>A notice as text: subject, HTML with its plain-text alternative, and the SMS.</summary>
public sealed record RenderedNotice(string Subject, string Html, string Text, string Sms);

/// <summary>When a notice may carry promotional content ("you may also like").</summary>
public static class NoticePromotion
{
    public const int MaxProducts = 3;

    /// <summary>
    /// Only with the customer's marketing consent, only on our own shop's orders (a marketplace —
    /// Allegro or any other — forbids marketing to its buyers), and only on good news.
    /// </summary>
    public static bool Allowed(bool marketingConsent, SalesChannel channel, NoticeKind kind) =>
        marketingConsent && channel == SalesChannel.OwnShop
        && kind is NoticeKind.OrderConfirmed or NoticeKind.Packed or NoticeKind.Shipped or NoticeKind.Delivered;
}
