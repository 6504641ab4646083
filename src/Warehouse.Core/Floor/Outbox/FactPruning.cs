using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;

namespace Warehouse.Core.Floor.Outbox;

/// <summary>
/// Deletes delivered facts: those every durable consumer has passed and older than
/// <see cref="OutboxOptions.KeepFor"/>, and any older than <see cref="OutboxOptions.MaxAge"/>
/// whoever still wants them. Always a prefix of the outbox, remembered as the
/// <see cref="FactCheckpoint.Pruned"/> checkpoint so that a late consumer learns of its gap.
/// </summary>
public sealed class FactPruning(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, IOptions<OutboxOptions> options)
{
    /// <summary>Returns the sequence the outbox is now pruned through (0: nothing ever pruned).</summary>
    public async Task<long> PruneAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var o = options.Value;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var lowestConsumer = await db.FactCheckpoints.Where(c => c.Consumer != FactCheckpoint.Pruned).MinAsync(c => (long?)c.Sequence, ct);
        var kept = now - o.KeepFor;
        var expired = now - o.MaxAge;
        var delivered = await db.Outbox.Where(f => f.AtUtc < kept).MaxAsync(f => (long?)f.Sequence, ct) ?? 0;
        var tooOld = await db.Outbox.Where(f => f.AtUtc < expired).MaxAsync(f => (long?)f.Sequence, ct) ?? 0;
        var through = Math.Max(Math.Min(delivered, lowestConsumer ?? long.MaxValue), tooOld);

        var marker = await db.FactCheckpoints.FirstOrDefaultAsync(c => c.Consumer == FactCheckpoint.Pruned, ct);
        if (through <= (marker?.Sequence ?? 0)) return marker?.Sequence ?? 0;

        await db.Outbox.Where(f => f.Sequence <= through).ExecuteDeleteAsync(ct);
        if (marker is null) db.FactCheckpoints.Add(marker = new FactCheckpoint { Consumer = FactCheckpoint.Pruned });
        marker.Sequence = through;
        marker.UpdatedUtc = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return through;
    }
}
