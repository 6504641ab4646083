namespace Warehouse.Core.Orders;

/// <summary>Where an order is on the floor. Picking, Picked and QualityCheck arrive with later floor steps.</summary>
public enum OrderStatus
{
    Ready,
    Picking,
    Picked,
    QualityCheck,
    Packing,
    Packed,
    Manifested,
    Shipped,
    Delivered,
    OnHold,
    Cancelled,
}

public static class OrderStatusRules
{
    /// <summary>Hold and cancel are allowed until the parcel is handed over in a manifest.</summary>
    public static bool CanStop(this OrderStatus status) =>
        status is not (OrderStatus.Manifested or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Cancelled);

    /// <summary>States in which a packing station may open the order.</summary>
    public static bool CanPack(this OrderStatus status) =>
        status is OrderStatus.Ready or OrderStatus.Picked or OrderStatus.QualityCheck or OrderStatus.Packing;
}
