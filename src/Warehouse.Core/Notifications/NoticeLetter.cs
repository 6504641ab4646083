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
    NoticeRefund? Refund = null,
    string? ReturnsLink = null);

/// <summary>A return's refund as its notices state it: the decision, the amount (minor units) and, when not full, the reason.</summary>
public sealed record NoticeRefund(RefundDecision Decision, long AmountMinor, string Currency, RefundReason? Reason);

/// <summary>Which notices carry the order's returns portal link (docs/returns.md, "Signed links").</summary>
public static class NoticeReturnsLink
{
    /// <summary>
    /// Once the goods are on their way to the customer, and on every step of a return after: where a
    /// customer would want to send something back, or follow what they sent.
    /// </summary>
    public static bool Carries(NoticeKind kind) => kind is NoticeKind.Shipped or NoticeKind.Delivered || IsAboutAReturn(kind);

    /// <summary>A return's own notices point at its status; the others at the portal's form.</summary>
    public static bool IsAboutAReturn(NoticeKind kind) => kind is NoticeKind.WithdrawalAcknowledged or NoticeKind.ComplaintAcknowledged
        or NoticeKind.ReturnReceived or NoticeKind.RefundDecided or NoticeKind.Refunded;
}

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
