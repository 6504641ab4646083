namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// Where every route starts and ends: a point on the front (y = 0) or back cross aisle, at some x
/// between the first and last aisle. It need not face an aisle.
/// </summary>
public readonly record struct PickDepot(long XMm, long YMm = 0)
{
    public static PickDepot Front(long xMm) => new(xMm, 0);
}
