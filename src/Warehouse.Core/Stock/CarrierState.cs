namespace Warehouse.Core.Stock;

/// <summary>A tote or cart is free to take, or carrying someone's work.</summary>
public enum CarrierState
{
    Empty,
    InUse,
}
