using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Receiving;

/// <summary>
/// A location scanned with units in hand: they go there, each kind of unit one receipt move from outside (goods
/// in) to the location with the delivery as its document, in the transaction of the scan.
/// </summary>
internal static class PutAways
{
    public static async Task<ScanResult> StoreAsync(ReceivingContext ctx, string location, CancellationToken ct)
    {
        if (ctx.InHand.Count == 0) return ctx.Refuse(ReceivingCodes.ItemsFirst, location);
        if (!await ctx.Db.Locations.AnyAsync(l => l.Code == location, ct)) return ctx.Refuse(ReceivingCodes.LocationUnknown, location);

        var number = ctx.Delivery!.Number;
        var moves = ctx.InHand
            .GroupBy(u => (u.SkuId, u.Lot, u.Expiry, u.Serial))
            .Select(g => StockMove.Create(ctx.Now, g.Key.SkuId, StockPlace.Outside, StockPlace.AtLocation(location), g.Count(),
                StockReasons.Receipt, number, g.Key.Lot, g.Key.Expiry, g.Key.Serial))
            .ToList();
        foreach (var unit in ctx.InHand)
        {
            unit.LocationCode = location;
            unit.StoredUtc = ctx.Now;
        }
        var units = ctx.InHand.Count;
        var skus = ctx.InHand.Select(u => u.SkuId).Distinct().Count();
        ctx.InHand = [];
        ctx.Touch();
        await new StockLedger(ctx.Db).ApplyAsync(moves, ct: ct);
        ctx.Record(new ReceiptStored(ctx.Now, ctx.StationCode, number, location, units, skus));
        return ctx.Accept(ReceivingCodes.Stored, units.ToString(), location, number);
    }
}
