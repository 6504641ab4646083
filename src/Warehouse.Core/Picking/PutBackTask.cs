namespace Warehouse.Core.Picking;

/// <summary>
/// Units picked for an order that was cancelled or held afterwards: they wait in its tote until someone
/// takes them back to a location (the put-back scan moves them there in the ledger).
/// </summary>
public sealed class PutBackTask
{
    public int Id { get; set; }
    public required string OrderNumber { get; set; }
    public required string ToteBarcode { get; set; }
    public int SkuId { get; set; }
    public string Lot { get; set; } = "";
    public DateOnly? Expiry { get; set; }
    public string? Serial { get; set; }
    public int Quantity { get; set; }

    /// <summary>Where they came from: the suggested place to put them back.</summary>
    public required string FromLocationCode { get; set; }

    /// <summary>Units taken out of the tote at a goods-in desk, on their way to the location.</summary>
    public int InHand { get; set; }

    /// <summary>Units already back at a location.</summary>
    public int Returned { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? DoneUtc { get; set; }
    public string? PutToLocationCode { get; set; }
}
