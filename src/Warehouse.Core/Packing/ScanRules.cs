using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>
/// Decides what a scanned code means at a packing station in its current state, once the
/// pipeline's first stage has found it is not a badge, a command or a bad scan.
/// </summary>
internal static class ScanRules
{
    public static async Task<ScanResult> DecideAsync(ScanContext ctx, string code, CancellationToken ct)
    {
        if (Gs1Scans.LooksLikeGs1(code)) return await Gs1Scans.DecideAsync(ctx, code, ct);

        var order = await ctx.Db.Orders.FirstOrDefaultAsync(o => o.Number == code, ct);
        if (order is not null) return await OrderScans.OpenAsync(ctx, order, ct);

        // A tote brings its order, as its number would.
        var tote = await ctx.Db.Totes.FirstOrDefaultAsync(t => t.Barcode == code, ct);
        if (tote is not null)
        {
            var ofTote = tote.OrderId is int id ? await ctx.Db.Orders.FirstOrDefaultAsync(o => o.Id == id, ct) : null;
            return ofTote is null ? ctx.Refuse(Codes.PackToteEmpty, tote.Barcode) : await OrderScans.OpenAsync(ctx, ofTote, ct);
        }

        var sku = await ctx.Db.FindByScanAsync(code, ct);
        if (sku is not null) return await ItemScans.CountAsync(ctx, sku, ct);

        return Gtin.LooksLikeGtinWithBadCheckDigit(code)
            ? ctx.Refuse(Codes.ScanBadCheckDigit, ScanText.ForAudit(code))
            : ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(code));
    }
}
