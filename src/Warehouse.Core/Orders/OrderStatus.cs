namespace Warehouse.Core.Orders;

/// <summary>
/// Where an order is on the floor. Picking, Picked and QualityCheck arrive with later floor steps.
/// A hold is not a status: see <see cref="Order.Holds"/>. Only <see cref="OrderTransitions"/> moves an order.
/// </summary>
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
    Cancelled,
}
