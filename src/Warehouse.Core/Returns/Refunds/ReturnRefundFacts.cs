using Warehouse.Core.Floor;

namespace Warehouse.Core.Returns.Refunds;

/// <summary>The desk decided the refund of an inspected return: the shop is told by its webhook, the customer by a notice.</summary>
[EventName("return.refund_decided")]
public sealed record ReturnRefundDecided(DateTime AtUtc, string? StationCode, string OrderNumber, string ReturnNumber, RefundDecision Decision,
    long AmountMinor, string Currency, RefundReason? Reason) : FloorFact(AtUtc, StationCode);

/// <summary>The shop confirmed that the money went back: the customer's "refunded" notice goes from it.</summary>
[EventName("return.refunded")]
public sealed record ReturnRefunded(DateTime AtUtc, string OrderNumber, string ReturnNumber, long AmountMinor, string Currency) : FloorFact(AtUtc, null);
