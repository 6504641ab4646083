using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Data;

namespace Warehouse.Core.Floor.Outbox;

/// <summary>
/// Hands committed facts to this process's listeners (<see cref="FloorEvents"/>: pages, the
/// dashboard, the hub) in commit order, once each. It starts at the end of the outbox: a listener
/// in this process did not exist before it started, and one outside (a hub client, a durable
/// consumer) resumes from its own last sequence number.
/// </summary>
public sealed class FactRelay(IDbContextFactory<WarehouseDb> dbs, FloorEvents events, ILogger<FactRelay> log)
{
    private const int Batch = 500;
    private readonly SemaphoreSlim _one = new(1, 1);
    private long _delivered = -1;

    /// <summary>Called with each fact just before it is handed over (the crash test's hook).</summary>
    public Action<FloorFact>? BeforeDelivery { get; set; }

    /// <summary>The last sequence handed to listeners; -1 before <see cref="StartAsync"/>.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    public async Task StartAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var end = await db.Outbox.MaxAsync(f => (long?)f.Sequence, ct) ?? 0;
        Interlocked.CompareExchange(ref _delivered, end, -1);
    }

    /// <summary>Delivers everything committed since the last pass; returns how many facts.</summary>
    public async Task<int> DeliverAsync(CancellationToken ct)
    {
        if (Delivered < 0) throw new InvalidOperationException("The relay delivers after StartAsync has found the end of the outbox.");
        await _one.WaitAsync(ct);
        try
        {
            var count = 0;
            while (true)
            {
                await using var db = await dbs.CreateDbContextAsync(ct);
                var after = Delivered;
                var rows = await db.Outbox.AsNoTracking().Where(f => f.Sequence > after).OrderBy(f => f.Sequence).Take(Batch).ToListAsync(ct);
                foreach (var row in rows)
                {
                    if (FactJson.Read(row) is { } fact)
                    {
                        BeforeDelivery?.Invoke(fact);
                        events.Publish(fact);
                    }
                    else log.LogWarning("Fact {Sequence} of unknown kind '{Type}' skipped", row.Sequence, row.Type);
                    Interlocked.Exchange(ref _delivered, row.Sequence);
                }
                count += rows.Count;
                if (rows.Count < Batch) return count;
            }
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Delivers whenever the bell rings (a commit here) and at every poll (commits of other instances).</summary>
    public async Task RunAsync(FactBell bell, TimeSpan poll, CancellationToken ct)
    {
        if (Delivered < 0) await StartAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await DeliverAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Fact delivery failed; trying again at the next commit or poll");
            }
            await bell.WaitAsync(poll, ct);
        }
    }
}
