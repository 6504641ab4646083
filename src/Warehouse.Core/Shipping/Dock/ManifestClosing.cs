using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Shipping.Dock;

/// <summary>
/// <c>CMD:DOCK:CLOSE</c>: the handover becomes a numbered manifest and every parcel on it is manifested —
/// frozen, the carrier's from now on — each with its <see cref="ParcelStatusChanged"/> fact. A parcel voided
/// while it lay on the open handover is taken off. A parcel labelled later goes on the carrier's next handover.
/// </summary>
internal static class ManifestClosing
{
    public static async Task<ScanResult> CloseAsync(DockContext ctx, CancellationToken ct)
    {
        if (ctx.Manifest is not { } manifest) return ctx.Refuse(DockCodes.CarrierFirst, DockCommands.Close);
        var parcels = await ctx.Db.Parcels.Where(p => p.ManifestId == manifest.Id).OrderBy(p => p.Id).ToListAsync(ct);
        foreach (var voided in parcels.Where(p => p.Status != ParcelStatus.Labelled))
        {
            voided.ManifestId = null;
            voided.Version++;
        }
        parcels = parcels.Where(p => p.Status == ParcelStatus.Labelled).ToList();
        if (parcels.Count == 0) return ctx.Refuse(DockCodes.NothingToClose, manifest.CarrierCode);

        var prefix = $"MAN-{manifest.CarrierCode}-{ctx.Clock.ToLocal(ctx.Now):yyyyMMdd}-";
        var today = await ctx.Db.Manifests.CountAsync(m => m.Number != null && m.Number.StartsWith(prefix), ct);
        var number = $"{prefix}{today + 1:D2}";
        var orderIds = parcels.Select(p => p.OrderId).Distinct().ToList();
        var orders = await ctx.Db.Orders.Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, ct);

        foreach (var parcel in parcels)
        {
            parcel.Advance(ParcelStatus.Manifested, ctx.Now);
            ctx.Record(new ParcelStatusChanged(ctx.Now, ctx.StationCode, orders[parcel.OrderId], parcel.Id, parcel.CarrierCode, parcel.TrackingNumber,
                ParcelStatus.Labelled, ParcelStatus.Manifested));
        }
        var grams = parcels.Sum(p => p.WeightGrams);
        manifest.Close(number, parcels.Count, grams, ctx.StationCode, ctx.Now);
        ctx.Record(new ManifestClosed(ctx.Now, ctx.StationCode, manifest.CarrierCode, number, parcels.Count, grams));
        ctx.At.Station.TaskId = null;
        ctx.Manifest = null;
        ctx.OnIt = 0;
        return ctx.Accept(DockCodes.Closed, number, parcels.Count.ToString(), grams.ToString());
    }
}
