namespace Warehouse.Core.Receiving;

/// <summary>
/// One unit scanned off a delivery at a desk: in the receiver's hand until a location is scanned, then put
/// away (its ledger move written in the same transaction). Rows, not memory, so a restart resumes where it was.
/// </summary>
public sealed class ReceivedUnit
{
    public int Id { get; set; }
    public int DeliveryId { get; set; }
    public int DeliveryLineId { get; set; }
    public int SkuId { get; set; }
    public string Lot { get; set; } = "";
    public DateOnly? Expiry { get; set; }
    public string? Serial { get; set; }
    public required string StationCode { get; set; }
    public int? OperatorId { get; set; }
    public DateTime ScannedUtc { get; set; }

    /// <summary>Null while in hand.</summary>
    public string? LocationCode { get; set; }

    public DateTime? StoredUtc { get; set; }
}
