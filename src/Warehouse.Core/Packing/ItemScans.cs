using Warehouse.Core.Catalog;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

internal static class ItemScans
{
    public static Task<ScanResult> CountAsync(ScanContext ctx, Sku sku, CancellationToken ct)
    {
        _ = ct;
        var session = ctx.Session;
        if (session is null) return Task.FromResult(ctx.Refuse(Codes.NoOrderOpen, sku.Name));
        if (ctx.OrderStopped) return Task.FromResult(ctx.Refuse(Codes.OrderStoppedPutAside, session.Order.Number));

        var line = session.Order.Lines.FirstOrDefault(l => l.SkuId == sku.Id);
        if (line is null) return Task.FromResult(ctx.Refuse(Codes.ItemNotInOrder, sku.Name));

        var scanned = session.ScannedOf(sku.Id);
        if (scanned >= line.Quantity || session.ShortApprovedBy is not null)
            return Task.FromResult(ctx.Refuse(Codes.ItemOverScan, sku.Name, line.Quantity.ToString()));

        session.Count(sku.Id, ctx.Now);
        return Task.FromResult(ctx.Accept(Codes.ItemCounted, sku.Name, (scanned + 1).ToString(), line.Quantity.ToString()));
    }
}
