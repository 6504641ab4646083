using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Data;

namespace Warehouse.Core.Floor.Outbox;

/// <summary>
/// Feeds a <see cref="FactConsumer"/> from its checkpoint. The checkpoint moves after each fact is
/// handled, so a crash repeats at most the fact that was being handled. A consumer that has never
/// run starts at the end of the outbox: a new notice service does not mail last month's orders.
/// </summary>
public sealed class DurableFacts(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, ILogger<DurableFacts> log)
{
    private const int Batch = 200;

    /// <summary>One pass to the end of the outbox; returns the facts handed over.</summary>
    public async Task<int> PassAsync(FactConsumer consumer, CancellationToken ct)
    {
        var handed = 0;
        while (true)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var checkpoint = await CheckpointAsync(db, consumer.Name, ct);
            var pruned = await db.FactCheckpoints.AsNoTracking().Where(c => c.Consumer == FactCheckpoint.Pruned).Select(c => (long?)c.Sequence).FirstOrDefaultAsync(ct) ?? 0;
            if (checkpoint.Sequence < pruned)
            {
                log.LogWarning("Consumer {Consumer} missed facts {From}..{Through}: pruned before it read them", consumer.Name, checkpoint.Sequence + 1, pruned);
                await consumer.GapAsync(checkpoint.Sequence + 1, pruned, ct);
                await MoveAsync(db, checkpoint, pruned, ct);
            }

            var after = checkpoint.Sequence;
            var rows = await db.Outbox.AsNoTracking().Where(f => f.Sequence > after).OrderBy(f => f.Sequence).Take(Batch).ToListAsync(ct);
            foreach (var row in rows)
            {
                if (FactJson.Read(row) is { } fact) await consumer.HandleAsync(fact, ct);
                await MoveAsync(db, checkpoint, row.Sequence, ct);
                handed++;
            }
            if (rows.Count < Batch) return handed;
        }
    }

    public async Task RunAsync(FactConsumer consumer, FloorEvents events, TimeSpan poll, CancellationToken ct)
    {
        var bell = new FactBell();
        using var _ = events.Subscribe(e =>
        {
            if (e is FloorFact) bell.Ring();
            return Task.CompletedTask;
        });
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await PassAsync(consumer, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Consumer {Consumer} failed; it resumes from its checkpoint", consumer.Name);
            }
            await bell.WaitAsync(poll, ct);
        }
    }

    private async Task<FactCheckpoint> CheckpointAsync(WarehouseDb db, string name, CancellationToken ct)
    {
        if (await db.FactCheckpoints.FirstOrDefaultAsync(c => c.Consumer == name, ct) is { } known) return known;
        var start = new FactCheckpoint { Consumer = name, Sequence = await db.Outbox.MaxAsync(f => (long?)f.Sequence, ct) ?? 0, UpdatedUtc = clock.UtcNow };
        db.FactCheckpoints.Add(start);
        await db.SaveChangesAsync(ct);
        return start;
    }

    private async Task MoveAsync(WarehouseDb db, FactCheckpoint checkpoint, long to, CancellationToken ct)
    {
        checkpoint.Sequence = to;
        checkpoint.UpdatedUtc = clock.UtcNow;
        await db.SaveChangesAsync(ct);
    }
}
