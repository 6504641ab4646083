namespace Warehouse.Core.Returns;

/// <summary>
/// Where a return is, from the customer's declaration to the refund. Only moves forward; the
/// desk (next step) moves it from Received on.
/// </summary>
public enum ReturnStatus
{
    /// <summary>Declared by the customer; the label is being asked for.</summary>
    Declared,
    /// <summary>The carrier gave a label (or a drop-off code).</summary>
    LabelIssued,
    /// <summary>The carrier scanned it for the first time: dropped off, on its way. Counts as proof of sending.</summary>
    InTransit,
    /// <summary>It arrived at the returns desk.</summary>
    Received,
    /// <summary>Every line inspected.</summary>
    Inspected,
    /// <summary>Full, partial or no refund decided; the shop is told.</summary>
    RefundDecided,
    /// <summary>The shop confirmed the money went back.</summary>
    Refunded,
    /// <summary>Refused (nothing to refund).</summary>
    Rejected,
}

public static class ReturnStatuses
{
    public static int Rank(ReturnStatus status) => status switch
    {
        ReturnStatus.Rejected => (int)ReturnStatus.Refunded,
        _ => (int)status,
    };

    public static bool IsFinal(ReturnStatus status) => status is ReturnStatus.Refunded or ReturnStatus.Rejected;

    /// <summary>Forward only: no step back, nothing after a final state.</summary>
    public static bool CanMove(ReturnStatus from, ReturnStatus to) => !IsFinal(from) && Rank(to) > Rank(from);
}
