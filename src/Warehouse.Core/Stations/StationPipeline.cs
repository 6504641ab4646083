using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Stations;

/// <summary>
/// The one way a scan or a weight reaches a station of any kind, whatever brought it (page, API,
/// agent, local device). Each is decided in one transaction together with its audit event, its
/// receipt and its facts (the outbox), by the first stage (sign-in, commands, approvals) and then
/// the handler of the station's kind; the floor hears of it only after the commit, from the relay.
/// </summary>
public sealed class StationPipeline(
    IDbContextFactory<WarehouseDb> dbs,
    FloorEvents events,
    FloorClock clock,
    StationLocks locks,
    WriterQueue writers,
    ScaleReadings scales,
    WeighingStations weighing,
    StationHandlers handlers,
    IOptions<StationOptions> options,
    ILogger<StationPipeline> log)
{
    public async Task<ScanResult> ScanAsync(ScanRequest request, CancellationToken ct = default)
    {
        if (!ScanIds.IsValid(request.ScanId))
            throw new ArgumentException($"A scan id is 1 to {ScanIds.MaxLength} printable characters.", nameof(request));

        return await DecideAsync(request.StationCode, request.ScanId, ScanText.ForAudit(request.Code),
            (at, work) => StationFirstStage.DecideAsync(at, work, request.Code, ct), ct);
    }

    /// <summary>
    /// A supervisor's PIN, typed on the station's own screen for the approval it waits for. Decided like a
    /// scan (one transaction, receipt, audit, fact) but never stored or shown: the audit says "PIN".
    /// </summary>
    public async Task<ScanResult> ApproveAsync(SupervisorPinEntry entry, CancellationToken ct = default)
    {
        if (!ScanIds.IsValid(entry.ScanId))
            throw new ArgumentException($"A scan id is 1 to {ScanIds.MaxLength} printable characters.", nameof(entry));
        return await DecideAsync(entry.StationCode, entry.ScanId, SupervisorPinEntry.Audited,
            (at, work) => StationApprovals.DecideAsync(at, work, entry.Pin, ct), ct);
    }

    /// <summary>Anything entered at a station (a scan, a PIN, a desk's note) decided in order with its scans, in one transaction with its audit, receipt and facts.</summary>
    internal async Task<ScanResult> DecideAsync(string stationCode, string scanId, string audited,
        Func<StationContext, IStationWork, Task<ScanResult>> decide, CancellationToken ct)
    {
        ScanResult result;
        List<FloorSignal> signals;
        using (await locks.EnterAsync(stationCode, ct))
        using (await writers.EnterAsync(ct))
        {
            try
            {
                (result, signals) = await ConflictRetry.RunAsync(() => DecideOnceAsync(stationCode, scanId, audited, decide, ct), log);
            }
            finally
            {
                weighing.Forget(stationCode);
            }
        }
        foreach (var signal in signals) events.Publish(signal);
        return result;
    }

    /// <summary>A reading from the station's scale: shown live, and judged by the handler when it is stable.</summary>
    public async Task WeighAsync(string stationCode, WeightReading reading, CancellationToken ct = default)
    {
        if (scales.Update(stationCode, reading))
        {
            events.Publish(new WeightRead(reading.AtUtc, stationCode, reading.Grams, reading.Stable, reading.Fault is null ? null : new FloorMessage(reading.Fault)));
        }
        if (!reading.Stable || reading.Fault is not null) return;
        if (!await MayJudgeAsync(stationCode, ct)) return;

        List<FloorSignal> signals;
        using (await locks.EnterAsync(stationCode, ct))
        using (await writers.EnterAsync(ct))
        {
            try
            {
                (_, signals) = await ConflictRetry.RunAsync(() => JudgeOnceAsync(stationCode, reading, ct), log);
            }
            finally
            {
                weighing.Forget(stationCode);
            }
        }
        foreach (var signal in signals) events.Publish(signal);
    }

    /// <summary>
    /// Every scale sends five readings a second, mostly stable ones at stations with nothing to weigh. Those are
    /// told apart without the station's lock, the writers' turn or a transaction (judged under them, they made
    /// scans of busy stations wait behind idle ones), and mostly without the database (<see cref="WeighingStations"/>).
    /// A task that starts just after this is judged at the next reading.
    /// </summary>
    private Task<bool> MayJudgeAsync(string stationCode, CancellationToken ct) => weighing.WeighsAsync(stationCode, async () =>
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var station = await db.Stations.AsNoTracking().Where(s => s.Code == stationCode)
            .Select(s => new { s.Kind, s.TaskId }).FirstOrDefaultAsync(ct) ?? throw new UnknownStationException(stationCode);
        return station.TaskId is not null && handlers.For(station.Kind).Weighs;
    });

    private async Task<(ScanResult?, List<FloorSignal>)> JudgeOnceAsync(string stationCode, WeightReading reading, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var station = await FindStationAsync(db, stationCode, ct);
        var at = new StationContext(db, station, clock.UtcNow, options.Value);
        var work = await handlers.For(station.Kind).OpenAsync(at, ct);
        var result = await work.WeighAsync(reading, ct);
        if (result is null) return (null, []);

        db.AuditEvents.Add(Audit("weight", at, station.OperatorId, $"{reading.Grams} g", result));
        at.Record(new WeightJudged(at.Now, station.Code, at.OrderNumber, reading.Grams, result.Outcome, result.Message));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (result, at.Signals);
    }

    private async Task<(ScanResult, List<FloorSignal>)> DecideOnceAsync(string stationCode, string scanId, string audited,
        Func<StationContext, IStationWork, Task<ScanResult>> decide, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var station = await FindStationAsync(db, stationCode, ct);

        var receipt = await db.ScanReceipts.AsNoTracking()
            .FirstOrDefaultAsync(r => r.StationCode == station.Code && r.ScanId == scanId, ct);
        if (receipt is not null) return (receipt.ToResult(), []);

        var at = new StationContext(db, station, clock.UtcNow, options.Value);
        var work = await handlers.For(station.Kind).OpenAsync(at, ct);
        var operatorBefore = station.OperatorId;

        var result = await decide(at, work);
        // Whatever ended the wait (approved, undone, cancelled, signed out) ends the PIN prompt with it.
        if (!work.AwaitsApproval) StationApprovals.Forget(station);

        station.LastScanCode = audited;
        station.LastScanUtc = at.Now;
        if (station.OperatorId is not null) station.LastActivityUtc = at.Now;
        station.Version++;
        db.AuditEvents.Add(Audit("scan", at, station.OperatorId ?? operatorBefore, station.LastScanCode, result));
        db.ScanReceipts.Add(ScanReceipt.For(station.Code, scanId, at.Now, result));
        at.Record(new ScanDecided(at.Now, station.Code, scanId, at.OrderNumber, result.Outcome, result.Message));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (result, at.Signals);
    }

    private static async Task<Station> FindStationAsync(WarehouseDb db, string code, CancellationToken ct) =>
        await db.Stations.Include(s => s.Operator).Include(s => s.Approver).FirstOrDefaultAsync(s => s.Code == code, ct)
        ?? throw new UnknownStationException(code);

    private static AuditEvent Audit(string kind, StationContext at, int? operatorId, string scanned, ScanResult result) => new()
    {
        Kind = kind,
        AtUtc = at.Now,
        StationCode = at.Station.Code,
        OperatorId = operatorId,
        OrderNumber = at.OrderNumber,
        Scanned = scanned,
        Outcome = result.Outcome.ToString(),
        MessageCode = result.Message.Code,
        MessageArgs = MessageArgs.Join(result.Message.Args),
    };
}
