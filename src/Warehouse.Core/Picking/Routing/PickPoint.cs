namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// A location to pick from: the aisle (0 is the leftmost) and how far along it, in millimetres
/// from the front cross aisle. Checked against its layout when a route is asked for.
/// </summary>
public readonly record struct PickPoint(int Aisle, long YMm, PickSide Side = PickSide.Left)
{
    public override string ToString() => $"aisle {Aisle} at {YMm} mm ({Side})";
}
