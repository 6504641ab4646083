namespace Warehouse.Core.Returns.Refunds;

/// <summary>The fixed list a partial refund or a rejection gives its reason from.</summary>
public enum RefundReason
{
    /// <summary>Used beyond what checking the goods needs (the customer answers for the lost value).</summary>
    Used,
    /// <summary>Damaged while with the customer.</summary>
    Damaged,
    /// <summary>Parts, accessories or packaging missing.</summary>
    Incomplete,
    /// <summary>Declared units are not in the parcel.</summary>
    Missing,
    /// <summary>A complaint: no fault found.</summary>
    NotFaulty,
    /// <summary>Past the withdrawal or complaint window.</summary>
    Late,
    /// <summary>Goods excluded from withdrawal (art. 38 of the Polish consumer-rights act).</summary>
    Excluded,
    Other,
}
