namespace Warehouse.Core.Orders;

/// <summary>Message codes an order refuses a step with (arguments: number, status or reason).</summary>
public static class OrderCodes
{
    public const string NotPackable = "order.not_packable";
    public const string NotClaimed = "order.not_claimed";
    public const string TooLate = "order.too_late";
    public const string NotHeld = "order.not_held";

    /// <summary>What the floor calls an order that is held, whatever its status.</summary>
    public const string OnHold = "OnHold";
}
