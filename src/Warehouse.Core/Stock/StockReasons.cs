namespace Warehouse.Core.Stock;

/// <summary>Why stock moved: the words stored in the ledger's reason column.</summary>
public static class StockReasons
{
    public const string StockTake = "stock-take";
    public const string Receipt = "receipt";
    public const string Pick = "pick";

    /// <summary>A picker found fewer units than the books said: the difference leaves the books.</summary>
    public const string Short = "short";

    public const string Adjustment = "adjustment";

    /// <summary>A recount found more or fewer units than the books: the difference.</summary>
    public const string Count = "count";
}
