namespace Warehouse.Core.Picking;

/// <summary>A slot on the pick list's cart: one order's tote, its barcode bound when the picker scans an empty tote into it.</summary>
public sealed class PickListTote
{
    public int Id { get; set; }
    public int PickListId { get; set; }

    /// <summary>1, 2, 3… as the cart's totes stand; single-order lists have one.</summary>
    public int Slot { get; set; }

    public int OrderId { get; set; }
    public required string OrderNumber { get; set; }

    /// <summary>Null until the picker scans an empty tote for this slot.</summary>
    public string? ToteBarcode { get; set; }
}
