using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Quality;

/// <summary>The QC bench's day for the wall: checks passed and failed since the floor day began, and orders waiting for a check.</summary>
public sealed record QcDay(int Passed, int Failed, int Waiting)
{
    /// <summary>Passed of all verdicts today, 0–100; null before the first verdict.</summary>
    public int? PassRatePercent => Passed + Failed == 0 ? null : (int)Math.Round(100.0 * Passed / (Passed + Failed));
}

/// <summary>Reads <see cref="QcDay"/>; for the dashboard, which never touches the database itself.</summary>
public sealed class QcFigures(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<QcDay> TodayAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var since = clock.StartOfTodayUtc();
        var verdicts = await db.QcChecks.AsNoTracking()
            .Where(c => c.FinishedUtc >= since && (c.Result == QcResult.Passed || c.Result == QcResult.Failed))
            .GroupBy(c => c.Result).Select(g => new { Result = g.Key, Count = g.Count() }).ToListAsync(ct);
        // Waiting: at QC and not held (a failed one waits for the supervisor, not the bench).
        var waiting = await db.Orders.CountAsync(o => o.Status == OrderStatus.QualityCheck && o.Holds == HoldReasons.None, ct);
        return new QcDay(
            verdicts.FirstOrDefault(v => v.Result == QcResult.Passed)?.Count ?? 0,
            verdicts.FirstOrDefault(v => v.Result == QcResult.Failed)?.Count ?? 0,
            waiting);
    }
}
