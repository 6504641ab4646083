namespace Warehouse.Core.Stock;

/// <summary>A picking cart with a barcode, carrying several totes on one tour.</summary>
public sealed class Cart
{
    public int Id { get; set; }
    public required string Barcode { get; set; }
    public CarrierState State { get; set; }
}
