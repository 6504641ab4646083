using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>An order held or cancelled after its units were picked: a put-back task for each kind of unit in each of its totes.</summary>
internal static class PutBacks
{
    public static async Task AddAsync(PickContext ctx, Order order, CancellationToken ct)
    {
        if (await ctx.Db.PutBackTasks.AnyAsync(p => p.OrderNumber == order.Number, ct)) return;
        var units = await ctx.Db.PickedUnits.Where(u => u.OrderId == order.Id).ToListAsync(ct);
        ctx.Db.PutBackTasks.AddRange(units
            .GroupBy(u => (u.ToteBarcode, u.SkuId, u.Lot, u.Expiry, u.Serial, u.LocationCode))
            .Select(g => new PutBackTask
            {
                OrderNumber = order.Number, ToteBarcode = g.Key.ToteBarcode, SkuId = g.Key.SkuId, Lot = g.Key.Lot, Expiry = g.Key.Expiry,
                Serial = g.Key.Serial, Quantity = g.Sum(u => u.Quantity), FromLocationCode = g.Key.LocationCode, CreatedUtc = ctx.Now,
            }));
    }
}
