using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>
/// GS1 data at a station: a GS1-128 carton label or a GS1 DataMatrix on an item. AI 01 counts as
/// the item's GTIN; AI 00 names one of our parcels. Plain EANs and order numbers never get here.
/// </summary>
internal static class Gs1Scans
{
    public static bool LooksLikeGs1(string code) => Gs1ElementString.LooksLikeGs1(code);

    public static async Task<ScanResult> DecideAsync(ScanContext ctx, string code, CancellationToken ct)
    {
        if (!Gs1ElementString.TryParse(code, out var elements, out var error))
            return ctx.Refuse(Codes.Gs1Invalid, error);

        if (elements.FirstOrDefault(e => e.Ai == "01") is { } gtin)
        {
            var sku = await ctx.Db.FindByScanAsync(gtin.Value, ct);
            return sku is null ? ctx.Refuse(StationCodes.ScanUnknown, gtin.Value) : await ItemScans.CountAsync(ctx, sku, ct);
        }

        if (elements.FirstOrDefault(e => e.Ai == "00") is { } sscc)
        {
            var parcel = await ctx.Db.Parcels.AsNoTracking().Where(p => p.Sscc == sscc.Value)
                .Select(p => new { p.TrackingNumber, Order = ctx.Db.Orders.Where(o => o.Id == p.OrderId).Select(o => o.Number).First() })
                .FirstOrDefaultAsync(ct);
            return parcel is null
                ? ctx.Refuse(StationCodes.ScanUnknown, "(00)" + sscc.Value)
                : ctx.Accept(Codes.ParcelIdentified, sscc.Value, parcel.Order, parcel.TrackingNumber ?? "—");
        }

        return ctx.Refuse(Codes.Gs1NotUsedHere, Gs1ElementString.ToBracketForm(elements));
    }
}
