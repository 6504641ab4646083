namespace Warehouse.Core.Stock;

/// <summary>Where units can be: on a shelf, in a tote, in a parcel, or outside the warehouse's books.</summary>
public enum StockPlaceKind
{
    Location,
    Tote,
    Parcel,

    /// <summary>Not in the warehouse's stock: where goods-in and stock-take come from and shipped or lost units go.</summary>
    Outside,
}
