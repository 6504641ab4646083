namespace Warehouse.Core.Stock;

/// <summary>Which face of its aisle a location is on, looking from the front cross aisle.</summary>
public enum LocationSide
{
    Left,
    Right,
}
