using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;

namespace Warehouse.Core.Shipping;

/// <summary>
/// Turns shipment requests into labels, outside any scan: packing stores the parcel as
/// "label requested", this desk calls the carrier, and the label goes to the station's printer
/// when the carrier answers. A call is counted before it is made, and any call after the first
/// looks the shipment up by our reference before creating one: Polish carriers mostly have no
/// idempotency key, and an answer lost to a timeout must not become a second shipment.
/// </summary>
public sealed class ShipmentDesk(
    IDbContextFactory<WarehouseDb> dbs,
    IEnumerable<ICarrier> carriers,
    ShipmentRequests requests,
    WriterQueue writers,
    FloorClock clock,
    IOptions<ShipmentDeskOptions> options,
    ILogger<ShipmentDesk> log)
{
    private readonly Dictionary<string, ICarrier> _carriers = carriers.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    private ShipmentDeskOptions Options => options.Value;

    /// <summary>Calls the carrier once for every request due now; returns how many were handled.</summary>
    public async Task<int> PassAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        List<int> due;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            due = await db.Parcels.AsNoTracking()
                .Where(p => p.Status == ParcelStatus.LabelRequested && p.VoidRequestedUtc == null && p.NextAttemptUtc != null && p.NextAttemptUtc <= now
                            && (p.LeaseUntilUtc == null || p.LeaseUntilUtc < now))
                .OrderBy(p => p.NextAttemptUtc).Take(50)
                .Select(p => p.Id).ToListAsync(ct);
        }
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.Parallel), CancellationToken = ct },
            async (id, token) => await CallAsync(id, token));
        return due.Count;
    }

    private async Task CallAsync(int parcelId, CancellationToken ct)
    {
        if (await TakeAsync(parcelId, ct) is not { } taken) return; // another desk has it, or it is no longer due
        var (request, packedUtc, carrier, attempt) = taken;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Options.CallTimeout);
            // After a call whose outcome we never heard, the shipment may exist already.
            var shipment = attempt > 1 ? await carrier.FindAsync(ShipmentLookup.For(request, packedUtc), timeout.Token) : null;
            shipment ??= await carrier.CreateAsync(request, timeout.Token);
            await LabelledAsync(parcelId, shipment, ct);
        }
        catch (CarrierRefused e)
        {
            await NotMadeAsync(parcelId, refused: true, e.Message, CarrierProblemCodes.Refused, attempt, ct);
        }
        catch (Exception e) when (e is CarrierUnavailable or OperationCanceledException or HttpRequestException && !ct.IsCancellationRequested)
        {
            var problem = e is OperationCanceledException ? $"no answer within {Options.CallTimeout.TotalSeconds:0} s" : e.Message;
            log.LogWarning("Carrier {Carrier} gave no label for parcel {Parcel} (attempt {Attempt}): {Problem}", carrier.Code, parcelId, attempt, problem);
            await NotMadeAsync(parcelId, refused: false, problem, CarrierProblemCodes.Of(e), attempt, ct);
        }
    }

    private sealed record Taken(ShipmentRequest Request, DateTime PackedUtc, ICarrier Carrier, int Attempt);

    /// <summary>Holds the request for this call and counts it, in its own committed write.</summary>
    private async Task<Taken?> TakeAsync(int parcelId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var parcel = await db.Parcels.FirstOrDefaultAsync(p => p.Id == parcelId, ct);
        if (parcel is null || parcel.Status != ParcelStatus.LabelRequested || parcel.VoidRequestedUtc is not null
            || parcel.NextAttemptUtc is not { } next || next > now || parcel.LeaseUntilUtc >= now) return null;
        if (!_carriers.TryGetValue(parcel.CarrierCode, out var carrier))
        {
            // Configuration changed since packing: nobody can make this label until a person decides.
            parcel.RefusedByCarrier($"carrier {parcel.CarrierCode} is not configured", CarrierProblemCodes.NotConfigured);
            await db.SaveChangesAsync(ct);
            return null;
        }
        var request = await requests.ForAsync(db, parcel, ct);
        parcel.TakeForCall(now, Options.CallTimeout + TimeSpan.FromSeconds(30));
        using var turn = await writers.EnterAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        return new Taken(request, parcel.PackedUtc, carrier, parcel.ShipmentAttempts);
    }

    private Task LabelledAsync(int parcelId, Shipment shipment, CancellationToken ct) =>
        ChangeParcelAsync(parcelId, (db, parcel, order, now) =>
        {
            if (!parcel.Labelled(shipment.TrackingNumber, shipment.Label.Zpl, shipment.Label.Pdf, now)) return false; // labelled by an earlier pass
            db.Record(new ParcelStatusChanged(now, parcel.StationCode, order, parcel.Id, parcel.CarrierCode, parcel.TrackingNumber, ParcelStatus.LabelRequested, ParcelStatus.Labelled));
            // Replaced while the carrier was answering (a changed parcel count): the number is kept so the
            // void desk can cancel it, but its label never prints.
            if (parcel.VoidRequestedUtc is not null) return true;
            db.PrintJobs.Add(PrintJob.For(parcel, parcel.StationCode, now));
            db.Record(new PrintJobChanged(now, parcel.StationCode, null, PrintJobStatus.Queued));
            return true;
        }, ct);

    private Task NotMadeAsync(int parcelId, bool refused, string problem, string code, int attempt, CancellationToken ct) =>
        ChangeParcelAsync(parcelId, (db, parcel, order, now) =>
        {
            if (parcel.Status != ParcelStatus.LabelRequested) return false;
            if (parcel.VoidRequestedUtc is not null)
            {
                // Replaced while the call was out: the void desk takes it from here (it looks the shipment up first).
                parcel.ReleaseForVoid(now);
                return true;
            }
            if (refused) parcel.RefusedByCarrier(problem, code);
            else parcel.CarrierDown(problem, code, now + BackOff(attempt));
            db.Record(new ShipmentNotMade(now, parcel.StationCode, order, parcel.Id, parcel.CarrierCode, refused, parcel.CarrierProblem ?? problem));
            return true;
        }, ct);

    /// <summary>One change to a parcel and its facts, in one transaction; <paramref name="change"/> says false when there is nothing to store.</summary>
    private async Task ChangeParcelAsync(int parcelId, Func<WarehouseDb, Parcel, string, DateTime, bool> change, CancellationToken ct)
    {
        // Queued with the scans on SQLite's one writer: a label arriving must not make a scan wait in the busy handler.
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

    /// <summary>5 s, 10 s, 20 s… up to <see cref="ShipmentDeskOptions.MaxBackOff"/>.</summary>
    public TimeSpan BackOff(int attempt)
    {
        var wait = Options.FirstBackOff * Math.Pow(2, Math.Min(Math.Max(attempt - 1, 0), 20));
        return wait < Options.MaxBackOff ? wait : Options.MaxBackOff;
    }
}
