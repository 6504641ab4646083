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

    /// <summary>Packed from the order's tote into its parcel.</summary>
    public const string Pack = "pack";

    /// <summary>Packed straight from the shelf (a channel not picked first): the pick and the pack in one move.</summary>
    public const string PickedAtPack = "picked-at-pack";

    /// <summary>Units of an order held or cancelled after picking went from its tote back to a location.</summary>
    public const string PutBack = "put-back";

    /// <summary>A parcel's shipment was voided and the box relabelled: its units go to the new parcel.</summary>
    public const string Relabel = "relabel";

    /// <summary>A multi-parcel order closed before it was finished: its closed boxes' units go back where they were packed from.</summary>
    public const string Unpack = "unpack";

    /// <summary>A customer's returned unit, restocked or quarantined at the returns desk (the document is the RMA).</summary>
    public const string Return = "return";
}
