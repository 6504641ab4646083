using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Shipping.Dock;

/// <summary>Opening a carrier's handover, and putting a parcel (its SSCC or tracking number) on it.</summary>
internal static class HandoverScans
{
    public static async Task<ScanResult> OpenAsync(DockContext ctx, string carrierCode, CancellationToken ct)
    {
        if (!CarrierCodes.IsKnown(carrierCode)) return ctx.Refuse(DockCodes.CarrierUnknown, ScanText.ForAudit(carrierCode));
        var open = await ctx.Db.Manifests.FirstOrDefaultAsync(m => m.CarrierCode == carrierCode && m.State == ManifestState.Open, ct);
        var resumed = open is not null;
        if (open is null)
        {
            // One open handover per carrier (a unique index): two docks opening it at once meet there and decide again.
            ctx.Db.Manifests.Add(open = new Manifest { CarrierCode = carrierCode, OpenedUtc = ctx.Now, OpenedAt = ctx.StationCode });
            await ctx.Db.SaveChangesAsync(ct); // its id is the dock's task
        }
        ctx.At.Station.TaskId = open.Id;
        await DockHandler.LoadAsync(ctx, open, ct);
        return ctx.Accept(resumed ? DockCodes.Resumed : DockCodes.Opened, carrierCode, ctx.OnIt.ToString());
    }

    public static async Task<ScanResult> ParcelAsync(DockContext ctx, string code, CancellationToken ct)
    {
        if (ctx.Manifest is not { } manifest) return ctx.Refuse(DockCodes.CarrierFirst, ScanText.ForAudit(code));
        var parcel = await ParcelByLabel.FindAsync(ctx.Db, code, ct);
        if (parcel is null) return ctx.Refuse(DockCodes.ParcelUnknown, ScanText.ForAudit(code));
        var name = parcel.TrackingNumber ?? parcel.Sscc;
        ctx.At.OrderNumber = await ctx.Db.Orders.Where(o => o.Id == parcel.OrderId).Select(o => o.Number).FirstAsync(ct);

        // A parcel replaced at packing is as good as voided: its label is on its way out.
        if (parcel.Status == ParcelStatus.Voided || parcel.VoidRequestedUtc is not null) return ctx.Refuse(DockCodes.Voided, name);
        if (parcel.ManifestId == manifest.Id) return ctx.Accept(DockCodes.AlreadyOn, name, manifest.CarrierCode);
        if (parcel.Status == ParcelStatus.LabelRequested) return ctx.Refuse(DockCodes.NoLabel, name);
        if (parcel.ManifestId is int other)
        {
            var number = await ctx.Db.Manifests.Where(m => m.Id == other).Select(m => m.Number).FirstOrDefaultAsync(ct);
            return ctx.Refuse(DockCodes.AlreadyManifested, name, number ?? "—");
        }
        if (parcel.Status != ParcelStatus.Labelled) return ctx.Refuse(DockCodes.AlreadyManifested, name, "—");
        if (parcel.CarrierCode != manifest.CarrierCode) return ctx.Refuse(DockCodes.OtherCarrier, name, parcel.CarrierCode, manifest.CarrierCode);

        parcel.ManifestId = manifest.Id;
        parcel.Version++;
        manifest.Version++; // a dock closing this handover at the same time loses the race and decides again
        ctx.OnIt++;
        ctx.Record(new ParcelOnHandover(ctx.Now, ctx.StationCode, manifest.CarrierCode, manifest.Id, parcel.Id, parcel.TrackingNumber));
        return ctx.Accept(DockCodes.Added, name, manifest.CarrierCode, ctx.OnIt.ToString());
    }
}
