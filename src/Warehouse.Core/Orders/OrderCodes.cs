namespace Warehouse.Core.Orders;

/// <summary>Message codes an order refuses a step with (arguments: number, status or reason).</summary>
public static class OrderCodes
{
    public const string NotPackable = "order.not_packable";
    public const string NotClaimed = "order.not_claimed";
    public const string TooLate = "order.too_late";
    public const string NotHeld = "order.not_held";
    public const string NotReleasable = "order.not_releasable";
    public const string NotPicking = "order.not_picking";
    public const string NotPicked = "order.not_picked";
    public const string NotAtQc = "order.not_at_qc";

    /// <summary>A wave could not allocate all of it (arguments: number, which SKU and how short).</summary>
    public const string HeldForStock = "order.held_for_stock";

    /// <summary>What the floor calls an order that is held, whatever its status.</summary>
    public const string OnHold = "OnHold";
}
