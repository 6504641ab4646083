namespace Warehouse.Core.Stock;

/// <summary>
/// One row of the stock ledger: so many units of a SKU (with their lot, expiry, serial and status)
/// went from one place to another, why, and on which document. Rows are only ever added, and only by
/// <see cref="StockLedger"/>, in the transaction of what caused them; balances are their sum.
/// </summary>
public sealed class StockMove
{
    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public int SkuId { get; private set; }

    /// <summary>Empty when the SKU is not lot-tracked.</summary>
    public string Lot { get; private set; } = "";

    public DateOnly? Expiry { get; private set; }
    public string? Serial { get; private set; }
    public StockPlace From { get; private set; }
    public StockPlace To { get; private set; }
    public int Quantity { get; private set; }
    public StockStatus Status { get; private set; }
    public string Reason { get; private set; } = "";

    /// <summary>What caused it: an order number, a stock-take file, a pick list.</summary>
    public string? SourceDocument { get; private set; }

    private StockMove() { }

    public static StockMove Create(DateTime atUtc, int skuId, StockPlace from, StockPlace to, int quantity, string reason,
        string? sourceDocument = null, string lot = "", DateOnly? expiry = null, string? serial = null, StockStatus status = StockStatus.Available)
    {
        if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A move carries at least one unit.");
        if (serial is not null && quantity != 1) throw new ArgumentException("A serial number is one unit.", nameof(quantity));
        if (from == to) throw new ArgumentException($"A move goes somewhere: from and to are both {from}.", nameof(to));
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A move says why.", nameof(reason));
        if (atUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("Moves are stamped in UTC.", nameof(atUtc));
        return new StockMove
        {
            AtUtc = atUtc, SkuId = skuId, From = from, To = to, Quantity = quantity, Reason = reason,
            SourceDocument = sourceDocument, Lot = lot, Expiry = expiry, Serial = serial, Status = status,
        };
    }
}
