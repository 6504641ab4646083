namespace Warehouse.Core.Stock;

/// <summary>A plastic tote with a barcode: picks go into it, and it travels to packing.</summary>
public sealed class Tote
{
    public int Id { get; set; }
    public required string Barcode { get; set; }
    public CarrierState State { get; set; }
}
