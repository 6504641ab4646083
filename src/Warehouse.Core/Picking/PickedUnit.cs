namespace Warehouse.Core.Picking;

/// <summary>
/// Units taken at one stop into one tote, with the lot and serial the picker scanned: the trail a unit's
/// lot and serial follow from the shelf to the parcel. One row per accepted item scan.
/// </summary>
public sealed class PickedUnit
{
    public long Id { get; set; }
    public int PickLineId { get; set; }
    public int PickListId { get; set; }
    public int OrderId { get; set; }
    public int SkuId { get; set; }
    public required string LocationCode { get; set; }
    public required string ToteBarcode { get; set; }
    public string Lot { get; set; } = "";
    public DateOnly? Expiry { get; set; }
    public string? Serial { get; set; }
    public int Quantity { get; set; }
    public DateTime AtUtc { get; set; }
    public int? PickerId { get; set; }
}
