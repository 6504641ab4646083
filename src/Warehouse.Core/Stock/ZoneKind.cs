namespace Warehouse.Core.Stock;

/// <summary>How a zone's aisles are crossed: front and back only, or with a middle cross aisle too.</summary>
public enum ZoneKind
{
    SingleBlock,
    TwoBlocks,
}
