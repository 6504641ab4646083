using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Floor.Outbox;

/// <summary>The facts after a sequence number, for a listener that lost its connection and resumes.</summary>
public sealed class OutboxReader(IDbContextFactory<WarehouseDb> dbs)
{
    public const int MaxBatch = 1000;

    /// <param name="PrunedThrough">Facts at or below it are gone: a listener that last saw less has a gap.</param>
    public sealed record Backlog(long PrunedThrough, IReadOnlyList<OutboxFact> Facts, bool More);

    public async Task<Backlog> AfterAsync(long after, int max = MaxBatch, CancellationToken ct = default)
    {
        max = Math.Clamp(max, 1, MaxBatch);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var pruned = await db.FactCheckpoints.AsNoTracking().Where(c => c.Consumer == FactCheckpoint.Pruned).Select(c => (long?)c.Sequence).FirstOrDefaultAsync(ct) ?? 0;
        var rows = await db.Outbox.AsNoTracking().Where(f => f.Sequence > after).OrderBy(f => f.Sequence).Take(max + 1).ToListAsync(ct);
        return new Backlog(pruned, rows.Take(max).ToList(), rows.Count > max);
    }
}
