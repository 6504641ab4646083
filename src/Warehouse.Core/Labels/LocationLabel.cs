namespace Warehouse.Core.Labels;

/// <summary>Which face of the aisle a shelf label is on, looking from the front cross aisle.</summary>
public enum ShelfSide
{
    Left,
    Right,
}

/// <summary>What a location's shelf label says: its code (printed big and as Code 128), the zone's name, side and level.</summary>
public sealed record LocationLabel(string Code, string ZoneName, ShelfSide Side, int Level);
