namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// Which face of the aisle a location is on. The picker walks the aisle's centre line and reaches
/// both faces from there, so the side never changes a distance; it is kept for the handheld.
/// </summary>
public enum PickSide
{
    Left,
    Right,
}
