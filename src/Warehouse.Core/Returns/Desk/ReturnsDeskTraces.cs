using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// Checks a returned unit's serial or lot against what the order's parcels carried: the ledger's
/// contents of each live parcel (the packing station moved each unit in with its lot and serial).
/// Read only for a tracked product, so an untracked item scan costs nothing more.
/// </summary>
internal static class ReturnsDeskTraces
{
    public static async Task<UnitTrace> CheckAsync(WarehouseDb db, int orderId, Sku sku, ScannedItem item, CancellationToken ct)
    {
        if (!sku.TracksSerials && !sku.TracksLots) return new UnitTrace(ReturnUnitTrace.None, item.Lot, item.Expiry, item.Serial);
        var ssccs = await db.Parcels.AsNoTracking().Where(p => p.OrderId == orderId && p.Status != ParcelStatus.Voided).Select(p => p.Sscc).ToListAsync(ct);
        var shipped = new List<PlaceUnit>();
        foreach (var sscc in ssccs) shipped.AddRange((await PlaceContents.OfAsync(db, StockPlace.InParcel(sscc), ct)).Where(u => u.SkuId == sku.Id));
        return Check(shipped, item);
    }

    /// <summary>A serial decides where one shipped; else a lot; a unit that shipped with neither is not checked.</summary>
    public static UnitTrace Check(IReadOnlyList<PlaceUnit> shipped, ScannedItem item)
    {
        var serials = shipped.Where(u => u.Serial is not null).ToList();
        if (serials.Count > 0)
        {
            if (item.Serial is null) return new UnitTrace(ReturnUnitTrace.NotRead, item.Lot, item.Expiry, null);
            return serials.FirstOrDefault(u => u.Serial == item.Serial) is { } one
                ? new UnitTrace(ReturnUnitTrace.Matches, one.Lot, one.Expiry, one.Serial)
                : new UnitTrace(ReturnUnitTrace.NotShipped, item.Lot, item.Expiry, item.Serial);
        }
        var lots = shipped.Where(u => u.Lot.Length > 0).ToList();
        if (lots.Count > 0)
        {
            if (item.Lot is null) return new UnitTrace(ReturnUnitTrace.NotRead, null, item.Expiry, item.Serial);
            return lots.FirstOrDefault(u => u.Lot == item.Lot) is { } lot
                ? new UnitTrace(ReturnUnitTrace.Matches, lot.Lot, lot.Expiry, item.Serial)
                : new UnitTrace(ReturnUnitTrace.NotShipped, item.Lot, item.Expiry, item.Serial);
        }
        return new UnitTrace(ReturnUnitTrace.None, item.Lot, item.Expiry, item.Serial);
    }
}
