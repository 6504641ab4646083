namespace Warehouse.Core.Stock;

/// <summary>A plastic tote with a barcode: picks go into it, and it travels to packing.</summary>
public sealed class Tote
{
    public int Id { get; set; }
    public required string Barcode { get; set; }
    public CarrierState State { get; set; }

    /// <summary>The order whose units it carries, from the pick until the order is packed (then empty again).</summary>
    public int? OrderId { get; set; }

    public string? OrderNumber { get; set; }
}
