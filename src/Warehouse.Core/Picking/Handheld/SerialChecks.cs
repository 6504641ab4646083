using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// A serial-tracked unit is picked by its serial (AI 21): one that entered the warehouse for this SKU, and is not
/// already picked for an order that has not left.
/// </summary>
internal static class SerialChecks
{
    public static async Task<ScanResult?> RefusalAsync(PickContext ctx, Sku sku, string? serial, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(serial)) return ctx.Refuse(PickCodes.SerialRequired, sku.Name);
        if (!await ctx.Db.StockSerials.AnyAsync(s => s.SkuId == sku.Id && s.Serial == serial, ct))
            return ctx.Refuse(PickCodes.SerialUnknown, ScanText.ForAudit(serial), sku.Code);
        var picked = await (from u in ctx.Db.PickedUnits
                            join o in ctx.Db.Orders on u.OrderId equals o.Id
                            where u.SkuId == sku.Id && u.Serial == serial && o.Status != OrderStatus.Shipped && o.Status != OrderStatus.Delivered
                            select o.Number).FirstOrDefaultAsync(ct);
        return picked is null ? null : ctx.Refuse(PickCodes.SerialPicked, serial, picked);
    }
}
