namespace Warehouse.Core.Stock;

/// <summary>
/// What one location holds of one SKU, lot, expiry and status: the sum of the ledger's moves into it
/// less those out of it, kept in step by <see cref="StockLedger"/> in the same transaction (and
/// checked against the ledger by a test). Reserved is separate: units promised to work not yet picked.
/// Nothing outside this folder sets either; in the database both change only through conditional
/// updates, so no race takes more than there is.
/// </summary>
public sealed class StockBalance
{
    public int Id { get; private set; }
    public int SkuId { get; private set; }
    public int LocationId { get; private set; }
    public string Lot { get; private set; } = "";
    public DateOnly? Expiry { get; private set; }
    public StockStatus Status { get; private set; }
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    public int Version { get; private set; }

    public int Free => OnHand - Reserved;

    private StockBalance() { }

    /// <summary>The first units of their kind at a location, brought by <paramref name="move"/>.</summary>
    internal static StockBalance Open(StockMove move, int locationId) => new()
    {
        SkuId = move.SkuId, LocationId = locationId, Lot = move.Lot, Expiry = move.Expiry, Status = move.Status, OnHand = move.Quantity,
    };

    // Only for a balance opened earlier in the same batch, not yet stored: stored ones change in SQL.
    internal void Put(int quantity) => OnHand += quantity;

    internal bool TryTake(int quantity, bool fromReserved)
    {
        var enough = fromReserved ? OnHand >= quantity && Reserved >= quantity : Free >= quantity;
        if (!enough) return false;
        OnHand -= quantity;
        if (fromReserved) Reserved -= quantity;
        return true;
    }
}
