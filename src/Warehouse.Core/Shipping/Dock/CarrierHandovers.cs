using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Shipping.Dock;

/// <summary>
/// Tells each carrier of its closed manifests (<see cref="ICarrier.HandOverAsync"/>) after the close has
/// committed, never inside a scan. As the shipment desk does: a call is counted and the manifest leased in
/// its own committed write before the call, so two passes (or app instances) never tell one handover at
/// once; a carrier that is down is tried again with back-off; its reference and document are stored.
/// </summary>
public sealed class CarrierHandovers(
    IDbContextFactory<WarehouseDb> dbs,
    IEnumerable<ICarrier> carriers,
    WriterQueue writers,
    FloorClock clock,
    IOptions<ShipmentDeskOptions> options,
    ILogger<CarrierHandovers> log)
{
    private readonly Dictionary<string, ICarrier> _carriers = carriers.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    private ShipmentDeskOptions Options => options.Value;

    /// <summary>Tells the carrier once for every closed manifest due now; returns how many were due.</summary>
    public async Task<int> PassAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        List<int> due;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            due = await db.Manifests.AsNoTracking()
                .Where(m => m.State == ManifestState.Closed && m.NextHandoverUtc != null && m.NextHandoverUtc <= now
                            && (m.HandoverLeaseUntilUtc == null || m.HandoverLeaseUntilUtc < now))
                .OrderBy(m => m.NextHandoverUtc).Take(20).Select(m => m.Id).ToListAsync(ct);
        }
        foreach (var id in due) await TellAsync(id, ct);
        return due.Count;
    }

    private async Task TellAsync(int manifestId, CancellationToken ct)
    {
        if (await TakeAsync(manifestId, ct) is not { } taken) return;
        var (carrier, number, trackingNumbers, attempt) = taken;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Options.CallTimeout);
            var answer = await carrier.HandOverAsync(trackingNumbers, timeout.Token);
            await StoreAsync(manifestId, m => m.HandedOver(answer.CarrierReference, answer.DocumentPdf, clock.UtcNow), answer.CarrierReference, null, ct);
        }
        catch (CarrierRefused e)
        {
            log.LogWarning("Carrier {Carrier} refused handover {Manifest}: {Problem}", carrier.Code, number, e.Message);
            await StoreAsync(manifestId, m => { m.NotHandedOver(e.Message, null); return true; }, null, e.Message, ct);
        }
        catch (Exception e) when (e is CarrierUnavailable or OperationCanceledException or HttpRequestException && !ct.IsCancellationRequested)
        {
            var problem = e is OperationCanceledException ? $"no answer within {Options.CallTimeout.TotalSeconds:0} s" : e.Message;
            log.LogWarning("Carrier {Carrier} was not told of handover {Manifest} (attempt {Attempt}): {Problem}", carrier.Code, number, attempt, problem);
            await StoreAsync(manifestId, m => { m.NotHandedOver(problem, clock.UtcNow + BackOff(attempt)); return true; }, null, problem, ct);
        }
    }

    private sealed record Taken(ICarrier Carrier, string Number, IReadOnlyList<string> TrackingNumbers, int Attempt);

    /// <summary>Holds the manifest for this call and counts it, in its own committed write.</summary>
    private async Task<Taken?> TakeAsync(int manifestId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var manifest = await db.Manifests.FirstOrDefaultAsync(m => m.Id == manifestId, ct);
        if (manifest is null || manifest.NextHandoverUtc is not { } next || next > now || manifest.HandoverLeaseUntilUtc >= now) return null;
        var trackingNumbers = await db.Parcels.AsNoTracking().Where(p => p.ManifestId == manifestId && p.TrackingNumber != null)
            .OrderBy(p => p.Id).Select(p => p.TrackingNumber!).ToListAsync(ct);
        if (!_carriers.TryGetValue(manifest.CarrierCode, out var carrier))
        {
            manifest.NotHandedOver($"carrier {manifest.CarrierCode} is not configured", null);
            await db.SaveChangesAsync(ct);
            return null;
        }
        manifest.TakeForCall(now, Options.CallTimeout + TimeSpan.FromSeconds(30));
        using var turn = await writers.EnterAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // another pass took it first
        }
        return new Taken(carrier, manifest.Number!, trackingNumbers, manifest.HandoverAttempts);
    }

    private async Task StoreAsync(int manifestId, Func<Manifest, bool> change, string? reference, string? problem, CancellationToken ct)
    {
        using var turn = await writers.EnterAsync(ct);
        await ConflictRetry.RunAsync(async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var manifest = await db.Manifests.FirstAsync(m => m.Id == manifestId, ct);
            if (manifest.HandedOverUtc is not null || !change(manifest)) return false;
            db.Record(new ManifestHandover(clock.UtcNow, manifest.CarrierCode, manifest.Number!, reference, problem));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }, log);
    }

    /// <summary>5 s, 10 s, 20 s… up to <see cref="ShipmentDeskOptions.MaxBackOff"/>, as the shipment desk waits.</summary>
    public TimeSpan BackOff(int attempt)
    {
        var wait = Options.FirstBackOff * Math.Pow(2, Math.Min(Math.Max(attempt - 1, 0), 20));
        return wait < Options.MaxBackOff ? wait : Options.MaxBackOff;
    }
}
