using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping;

/// <summary>
/// Cancels at the carrier the shipments of parcels another parcel replaced (a changed parcel count at
/// the packing station), outside any scan, then voids them. Like the shipment desk it holds a parcel
/// with a lease while it calls, and a parcel whose shipment call went out without an answer is looked
/// up by our reference first: a shipment made but never heard of is cancelled too, not left behind.
/// </summary>
public sealed class VoidDesk(
    IDbContextFactory<WarehouseDb> dbs,
    IEnumerable<ICarrier> carriers,
    WriterQueue writers,
    FloorClock clock,
    IOptions<ShipmentDeskOptions> options,
    ILogger<VoidDesk> log)
{
    /// <summary>Who the audit names for voids that replaced parcels at packing.</summary>
    public const string ByRecount = "recount";

    private readonly Dictionary<string, ICarrier> _carriers = carriers.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    private ShipmentDeskOptions Options => options.Value;

    /// <summary>Cancels every replaced parcel due now; returns how many were handled.</summary>
    public async Task<int> PassAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        List<int> due;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            due = await db.Parcels.AsNoTracking()
                .Where(p => p.VoidRequestedUtc != null && p.Status != ParcelStatus.Voided && p.NextAttemptUtc != null && p.NextAttemptUtc <= now
                            && (p.LeaseUntilUtc == null || p.LeaseUntilUtc < now))
                .OrderBy(p => p.NextAttemptUtc).Take(50).Select(p => p.Id).ToListAsync(ct);
        }
        foreach (var id in due) await CallAsync(id, ct);
        return due.Count;
    }

    private async Task CallAsync(int parcelId, CancellationToken ct)
    {
        if (await TakeAsync(parcelId, ct) is not { } parcel) return;
        if (!_carriers.TryGetValue(parcel.CarrierCode, out var carrier))
        {
            await ChangeAsync(parcelId, (_, p, _, _) => { p.RefusedByCarrier($"carrier {p.CarrierCode} is not configured", CarrierProblemCodes.NotConfigured); return true; }, ct);
            return;
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Options.CallTimeout);
            var number = parcel.TrackingNumber;
            // A call went out and its answer never came: the shipment may exist under our reference.
            if (number is null && parcel.ShipmentAttempts > 0) number = (await carrier.FindAsync(new ShipmentLookup(parcel.Sscc, parcel.PackedUtc), timeout.Token))?.TrackingNumber;
            if (number is not null) await carrier.CancelAsync(number, timeout.Token);
            await ChangeAsync(parcelId, (db, p, order, now) => Void(db, p, order, now, number), ct);
        }
        catch (CarrierRefused e)
        {
            // Handed over, or a carrier that cancels only before it confirms: a person decides.
            await ChangeAsync(parcelId, (_, p, _, _) => { p.RefusedByCarrier(e.Message, CarrierProblemCodes.Refused); return true; }, ct);
        }
        catch (Exception e) when (e is CarrierUnavailable or OperationCanceledException or HttpRequestException && !ct.IsCancellationRequested)
        {
            log.LogWarning("Carrier {Carrier} did not cancel replaced parcel {Parcel}: {Problem}", carrier.Code, parcelId, e.Message);
            await ChangeAsync(parcelId, (_, p, _, now) => { p.CarrierDown(e.Message, CarrierProblemCodes.Of(e), now + Wait(p, now)); return true; }, ct);
        }
    }

    private static bool Void(WarehouseDb db, Parcel parcel, string order, DateTime now, string? number)
    {
        var from = parcel.Status;
        if (!parcel.Advance(ParcelStatus.Voided, now)) return false;
        db.Record(new ParcelStatusChanged(now, parcel.StationCode, order, parcel.Id, parcel.CarrierCode, number, from, ParcelStatus.Voided));
        db.AuditEvents.Add(new AuditEvent
        {
            Kind = ParcelVoids.AuditKind, AtUtc = now, StationCode = parcel.StationCode, OrderNumber = order, Scanned = number ?? parcel.Sscc,
            MessageArgs = string.Join('\u001f', ByRecount, $"{parcel.ParcelNumber}/{parcel.ParcelCount}", ParcelVoids.Relabel),
        });
        return true;
    }

    /// <summary>Grows with the time the void has waited: from the first back-off up to the longest.</summary>
    private TimeSpan Wait(Parcel parcel, DateTime now)
    {
        var waited = now - (parcel.VoidRequestedUtc ?? now);
        return waited < Options.FirstBackOff ? Options.FirstBackOff : waited > Options.MaxBackOff ? Options.MaxBackOff : waited;
    }

    /// <summary>Holds the parcel for this call in its own committed write; null when another desk has it or it is not due.</summary>
    private async Task<Parcel?> TakeAsync(int parcelId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var parcel = await db.Parcels.FirstOrDefaultAsync(p => p.Id == parcelId, ct);
        if (parcel is null || parcel.VoidRequestedUtc is null || parcel.Status == ParcelStatus.Voided
            || parcel.NextAttemptUtc is not { } next || next > now || parcel.LeaseUntilUtc >= now) return null;
        parcel.TakeForVoid(now, Options.CallTimeout + TimeSpan.FromSeconds(30));
        using var turn = await writers.EnterAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return parcel;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
    }

    private async Task ChangeAsync(int parcelId, Func<WarehouseDb, Parcel, string, DateTime, bool> change, CancellationToken ct)
    {
        using var turn = await writers.EnterAsync(ct);
        await ConflictRetry.RunAsync(async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var parcel = await db.Parcels.FirstAsync(p => p.Id == parcelId, ct);
            var order = await db.Orders.Where(o => o.Id == parcel.OrderId).Select(o => o.Number).FirstAsync(ct);
            if (!change(db, parcel, order, clock.UtcNow)) return false;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }, log);
    }
}
