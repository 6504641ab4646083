namespace Warehouse.Core.Stock;

/// <summary>
/// What one location holds of one SKU, lot, expiry and status: the sum of the ledger's moves into it
/// less those out of it, kept in step by <see cref="StockLedger"/> in the same transaction (and
/// checked against the ledger by a test). Reserved is separate: units promised to work not yet picked.
/// Both change only through conditional updates, so no race takes more than there is.
/// </summary>
public sealed class StockBalance
{
    public int Id { get; set; }
    public int SkuId { get; set; }
    public int LocationId { get; set; }
    public string Lot { get; set; } = "";
    public DateOnly? Expiry { get; set; }
    public StockStatus Status { get; set; }
    public int OnHand { get; set; }
    public int Reserved { get; set; }
    public int Version { get; set; }

    public int Free => OnHand - Reserved;
}
