namespace Warehouse.Core.Orders;

/// <summary>A packed carton with its label: what the carrier picks up.</summary>
public sealed class Parcel
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public required string TrackingNumber { get; set; }
    public required string Sscc { get; set; }
    public required string CartonCode { get; set; }
    public int WeightGrams { get; set; }
    public int ExpectedWeightGrams { get; set; }
    public required string StationCode { get; set; }
    public int OperatorId { get; set; }
    public DateTime PackedUtc { get; set; }
    public required string LabelZpl { get; set; }
}
