using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Packing;

/// <summary>
/// The one way a scan or a weight reaches a packing station, whatever brought it (page, API,
/// agent). Each is decided in one transaction together with its audit event and its receipt,
/// and the floor hears of it only after the commit.
/// </summary>
public sealed class PackingStation(
    IDbContextFactory<WarehouseDb> dbs,
    FloorEvents events,
    FloorClock clock,
    StationLocks locks,
    ScaleReadings scales,
    ParcelCompletion completion,
    IOptions<PackingOptions> options,
    ILogger<PackingStation> log)
{
    private const int Attempts = 3;

    public async Task<ScanResult> ScanAsync(ScanRequest request, CancellationToken ct = default)
    {
        if (!ScanIds.IsValid(request.ScanId))
            throw new ArgumentException($"A scan id is 1 to {ScanIds.MaxLength} printable characters.", nameof(request));

        List<FloorEvent> toPublish;
        ScanResult result;
        using (await locks.EnterAsync(request.StationCode, ct))
        {
            (result, toPublish) = await WithRetriesAsync(() => ScanOnceAsync(request, ct));
        }
        foreach (var e in toPublish) events.Publish(e);
        return result;
    }

    /// <summary>A reading from the station's scale: shown live, and judged when the parcel waits for it.</summary>
    public async Task WeighAsync(string stationCode, WeightReading reading, CancellationToken ct = default)
    {
        if (scales.Update(stationCode, reading))
        {
            events.Publish(new FloorEvent(FloorEvent.Kinds.Weight, reading.AtUtc, stationCode,
                WeightGrams: reading.Grams, WeightStable: reading.Stable, Message: reading.Fault is null ? null : new FloorMessage(reading.Fault)));
        }
        if (!reading.Stable || reading.Fault is not null) return;

        List<FloorEvent> toPublish;
        using (await locks.EnterAsync(stationCode, ct))
        {
            (_, toPublish) = await WithRetriesAsync(() => JudgeOnceAsync(stationCode, reading, ct));
        }
        foreach (var e in toPublish) events.Publish(e);
    }

    private async Task<(ScanResult?, List<FloorEvent>)> JudgeOnceAsync(string stationCode, WeightReading reading, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var station = await FindStationAsync(db, stationCode, ct);
        var session = await LoadSessionAsync(db, station, ct);
        if (session is null) return (null, []);

        var ctx = new ScanContext(db, station, session, clock.UtcNow, options.Value) { LiveWeight = reading };
        var result = await completion.JudgeWeightAsync(ctx, reading, ct);
        if (result is null) return (null, []);

        db.AuditEvents.Add(Audit("weight", ctx, station.OperatorId, $"{reading.Grams} g", result));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        ctx.Events.Add(new FloorEvent("weighed", ctx.Now, station.Code, ctx.OrderNumber, result.Outcome.ToString(), result.Message, reading.Grams, true));
        return (result, ctx.Events);
    }

    private async Task<(ScanResult, List<FloorEvent>)> ScanOnceAsync(ScanRequest request, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var station = await FindStationAsync(db, request.StationCode, ct);

        var receipt = await db.ScanReceipts.AsNoTracking()
            .FirstOrDefaultAsync(r => r.StationCode == station.Code && r.ScanId == request.ScanId, ct);
        if (receipt is not null) return (receipt.ToResult(), []);

        var session = await LoadSessionAsync(db, station, ct);
        var ctx = new ScanContext(db, station, session, clock.UtcNow, options.Value) { LiveWeight = scales.Latest(station.Code) };
        var operatorBefore = station.OperatorId;

        var result = await ScanRules.DecideAsync(ctx, request.Code, completion, ct);

        station.LastScanCode = ScanText.ForAudit(request.Code);
        station.LastScanUtc = ctx.Now;
        if (station.OperatorId is not null) station.LastActivityUtc = ctx.Now;
        station.Version++;
        db.AuditEvents.Add(Audit("scan", ctx, station.OperatorId ?? operatorBefore, station.LastScanCode, result));
        db.ScanReceipts.Add(ScanReceipt.For(station.Code, request.ScanId, ctx.Now, result));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        ctx.Events.Add(new FloorEvent(FloorEvent.Kinds.Scan, ctx.Now, station.Code, ctx.OrderNumber, result.Outcome.ToString(), result.Message, ScanId: request.ScanId));
        return (result, ctx.Events);
    }

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> once)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await once();
            }
            catch (DbUpdateException e) when (attempt < Attempts)
            {
                // Someone else changed the order or station first (another station, another app
                // instance, the API): decide again on what is now true.
                log.LogInformation(e, "Retrying a station decision after a concurrent change (attempt {Attempt})", attempt);
            }
        }
    }

    private static async Task<Station> FindStationAsync(WarehouseDb db, string code, CancellationToken ct) =>
        await db.Stations.Include(s => s.Operator).FirstOrDefaultAsync(s => s.Code == code, ct)
        ?? throw new UnknownStationException(code);

    internal static async Task<PackingSession?> LoadSessionAsync(WarehouseDb db, Station station, CancellationToken ct)
    {
        if (station.SessionId is not int id) return null;
        return await db.PackingSessions
            .Include(s => s.Units)
            .Include(s => s.Order).ThenInclude(o => o.Lines).ThenInclude(l => l.Sku)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id && s.Status == SessionStatus.Open, ct);
    }

    private static AuditEvent Audit(string kind, ScanContext ctx, int? operatorId, string scanned, ScanResult result) => new()
    {
        Kind = kind,
        AtUtc = ctx.Now,
        StationCode = ctx.Station.Code,
        OperatorId = operatorId,
        OrderNumber = ctx.OrderNumber,
        Scanned = scanned,
        Outcome = result.Outcome.ToString(),
        MessageCode = result.Message.Code,
        MessageArgs = MessageArgs.Join(result.Message.Args),
    };
}
