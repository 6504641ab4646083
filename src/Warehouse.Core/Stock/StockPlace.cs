namespace Warehouse.Core.Stock;

/// <summary>One end of a stock move: the kind of place and its code (location code, tote barcode, tracking number).</summary>
public readonly record struct StockPlace(StockPlaceKind Kind, string Code)
{
    /// <summary>Outside has no code; stored as the empty string so the column needs no nulls.</summary>
    public static readonly StockPlace Outside = new(StockPlaceKind.Outside, "");

    public static StockPlace AtLocation(string code) => new(StockPlaceKind.Location, code);
    public static StockPlace InTote(string barcode) => new(StockPlaceKind.Tote, barcode);
    /// <summary>A packed parcel, by its SSCC: it has one from packing on, before any carrier answers.</summary>
    public static StockPlace InParcel(string sscc) => new(StockPlaceKind.Parcel, sscc);

    public bool IsLocation => Kind == StockPlaceKind.Location;

    public override string ToString() => Kind == StockPlaceKind.Outside ? "outside" : $"{Kind.ToString().ToLowerInvariant()} {Code}";
}
