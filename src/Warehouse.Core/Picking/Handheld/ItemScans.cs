using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// An item scanned at the stop: the stop's SKU, with the lot the SKU needs (from the scan) and its serial; one
/// unit each. Another lot is taken when <see cref="LotSwaps"/> allows it.
/// </summary>
internal static class ItemScans
{
    public static async Task<ScanResult> PickAsync(PickContext ctx, PickStop stop, string code, CancellationToken ct)
    {
        var (item, sku, refusal) = await FindAsync(ctx, code, ct);
        if (refusal is not null) return refusal;
        var expected = ctx.Skus[stop.SkuId];
        if (sku!.Id != stop.SkuId) return ctx.Refuse(PickCodes.WrongItem, sku.Name, expected.Code, expected.Name);
        if (sku.TracksLots && string.IsNullOrEmpty(item!.Lot)) return ctx.Refuse(PickCodes.LotRequired, sku.Name);
        if (sku.TracksSerials && await SerialChecks.RefusalAsync(ctx, sku, item!.Serial, ct) is { } serialRefused) return serialRefused;

        var line = stop.Lines.FirstOrDefault(l => PickStop.Left(l) > 0 && (!sku.TracksLots || l.Lot == item!.Lot));
        if (line is not null) return await UnitPicks.TakeAsync(ctx, stop, line, sku, item!.Serial, otherLot: false, ct);
        var (swapped, swapRefused) = await LotSwaps.SwapAsync(ctx, stop, item!.Lot!, ct);
        return swapRefused ?? await UnitPicks.TakeAsync(ctx, stop, swapped!, sku, item.Serial, otherLot: true, ct);
    }

    /// <summary>An item before the stop's location: go there first. Anything else here is not known.</summary>
    public static async Task<ScanResult> BeforeLocationAsync(PickContext ctx, PickStop stop, string code, CancellationToken ct)
    {
        var (_, _, refusal) = await FindAsync(ctx, code, ct);
        return refusal ?? ctx.Refuse(PickCodes.LocationFirst, stop.Location);
    }

    private static async Task<(ScannedItem? Item, Sku? Sku, ScanResult? Refusal)> FindAsync(PickContext ctx, string code, CancellationToken ct)
    {
        if (ScannedItem.Read(code, ctx.Options.GroupSeparatorStandIn, out var item) is { } unreadable)
            return (null, null, ctx.Refuse(unreadable.Code, unreadable.Args));
        var sku = await ctx.Db.FindByScanAsync(item.Key, ct);
        if (sku is not null) return (item, sku, null);
        return (null, null, Gtin.LooksLikeGtinWithBadCheckDigit(item.Key)
            ? ctx.Refuse(PickCodes.BadCheckDigit, ScanText.ForAudit(item.Key))
            : ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(code)));
    }
}
