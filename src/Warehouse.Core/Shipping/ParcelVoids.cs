using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Labels;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping;

/// <summary>How a void went.</summary>
public abstract record VoidOutcome
{
    /// <summary>Voided; <paramref name="NewSscc"/> is the box's new parcel when it was relabelled.</summary>
    public sealed record Voided(string TrackingNumber, string? NewSscc) : VoidOutcome;
    public sealed record NotFound : VoidOutcome;
    /// <summary>The parcel or the carrier says no (handed over, already voided…): a person reads why.</summary>
    public sealed record Refused(string Reason) : VoidOutcome;
    public sealed record CarrierDown(string Reason) : VoidOutcome;
}

/// <summary>
/// Voids a parcel's shipment — cancelled at the carrier first, outside any transaction, then marked
/// voided with its audit entry — and, when asked, relabels the box: a new parcel (new SSCC) for the
/// same carton, weight and contents, whose label the shipment desk asks for as for any packed parcel.
/// The voided tracking number stops meaning anything: the tracking page and the API no longer show it.
/// </summary>
public sealed class ParcelVoids(IDbContextFactory<WarehouseDb> dbs, IEnumerable<ICarrier> carriers, IOptions<LabelOptions> labels, FloorClock clock)
{
    public const string Relabel = "relabel";
    public const string AuditKind = "parcel.voided";

    public async Task<VoidOutcome> VoidAsync(string trackingNumber, bool relabel, string by, string? reason, CancellationToken ct)
    {
        Parcel? parcel;
        await using (var db = await dbs.CreateDbContextAsync(ct))
            parcel = await db.Parcels.AsNoTracking().FirstOrDefaultAsync(p => p.TrackingNumber == trackingNumber, ct);
        if (parcel is null) return new VoidOutcome.NotFound();
        if (parcel.Status != ParcelStatus.Labelled)
            return new VoidOutcome.Refused($"Parcel {trackingNumber} is {parcel.Status}: only a labelled parcel not yet handed over can be voided.");
        var carrier = carriers.FirstOrDefault(c => c.Code == parcel.CarrierCode);
        if (carrier is null) return new VoidOutcome.Refused($"Carrier {parcel.CarrierCode} is not configured.");
        try
        {
            await carrier.CancelAsync(trackingNumber, ct);
        }
        catch (CarrierRefused e)
        {
            return new VoidOutcome.Refused(e.Message);
        }
        catch (CarrierUnavailable e)
        {
            return new VoidOutcome.CarrierDown(e.Message);
        }

        await using var write = await dbs.CreateDbContextAsync(ct);
        await using var tx = await write.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow;
        var voided = await write.Parcels.FirstAsync(p => p.Id == parcel.Id, ct);
        var order = await write.Orders.FirstAsync(o => o.Id == voided.OrderId, ct);
        // Cancelled at the carrier already: a concurrent void that got here first leaves nothing to do.
        if (!voided.Advance(ParcelStatus.Voided, now)) return new VoidOutcome.Refused($"Parcel {trackingNumber} is {voided.Status}.");
        write.Record(new ParcelStatusChanged(now, null, order.Number, voided.Id, voided.CarrierCode, trackingNumber, parcel.Status, ParcelStatus.Voided));
        write.AuditEvents.Add(new AuditEvent
        {
            Kind = AuditKind, AtUtc = now, OrderNumber = order.Number, Scanned = trackingNumber,
            MessageArgs = string.Join('\u001f', Cut(by), Cut(reason ?? ""), relabel ? Relabel : ""),
        });
        string? newSscc = null;
        if (relabel)
        {
            var again = await RelabelAsync(write, voided, now, ct);
            order.Parcels.Add(again);
            newSscc = again.Sscc;
        }
        await write.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new VoidOutcome.Voided(trackingNumber, newSscc);
    }

    private async Task<Parcel> RelabelAsync(WarehouseDb db, Parcel voided, DateTime now, CancellationToken ct)
    {
        var o = labels.Value;
        var sscc = Sscc.Create(o.SsccExtensionDigit, o.SsccCompanyPrefix, await Serials.NextAsync(db, Serials.Sscc, ct));
        return await ParcelRelabel.NewParcelAsync(db, voided, sscc.Value, voided.ParcelCount, now, ct);
    }

    private static string Cut(string text) => text.Length <= 200 ? text : text[..200];
}
