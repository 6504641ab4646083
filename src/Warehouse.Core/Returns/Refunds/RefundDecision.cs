namespace Warehouse.Core.Returns.Refunds;

/// <summary>What the desk decides about the money of an inspected return.</summary>
public enum RefundDecision
{
    /// <summary>Every unit that arrived, at the price the customer paid.</summary>
    Full,
    /// <summary>Less than that, with a reason (used, damaged, incomplete…).</summary>
    Partial,
    /// <summary>Nothing comes back, with a reason.</summary>
    Rejected,
}
