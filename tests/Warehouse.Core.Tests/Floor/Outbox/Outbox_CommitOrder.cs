using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Floor.Outbox;

/// <summary>
/// Facts reach listeners in commit order with none skipped, while many writers commit at once and
/// some roll back. On PostgreSQL identity values are handed out at insert, so without the outbox
/// lock a writer that inserted first and committed last would be passed over by the relay.
/// </summary>
public sealed class Outbox_CommitOrder(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Writers = 8;
    private const int FactsEach = 25;

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Concurrent_writers_facts_are_delivered_in_commit_order_and_none_is_skipped(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        var events = new FloorEvents();
        var relay = new FactRelay(dbs, events, NullLogger<FactRelay>.Instance);
        await relay.StartAsync(CancellationToken.None);
        var delivered = new List<(long Sequence, string Plan)>();
        using var _ = events.Subscribe(e =>
        {
            if (e is DayPlanSet plan) lock (delivered) delivered.Add((plan.Sequence, $"{plan.Orders}"));
            return Task.CompletedTask;
        });

        // The relay reads as fast as it can while the writers commit, as a busy floor would make it.
        using var writing = new CancellationTokenSource();
        var relaying = Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested) await relay.DeliverAsync(CancellationToken.None);
        });
        var committed = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(dbs, w))));
        await writing.CancelAsync();
        await relaying;
        await relay.DeliverAsync(CancellationToken.None);

        var expected = committed.SelectMany(c => c).Order().ToList();
        Assert.Equal(expected, delivered.Select(d => d.Plan).Order().ToList());
        Assert.Equal(delivered.Count, delivered.Select(d => d.Sequence).Distinct().Count());
        Assert.True(delivered.Select(d => d.Sequence).SequenceEqual(delivered.Select(d => d.Sequence).Order()), "delivered in sequence order");
    }

    /// <summary>Writes facts in short transactions that linger between insert and commit; every fifth rolls back.</summary>
    private static async Task<List<string>> WriteAsync(WarehouseDbFactory dbs, int writer)
    {
        var random = new Random(writer);
        var committed = new List<string>();
        for (var i = 0; i < FactsEach; i++)
        {
            var tag = writer * 1000 + i;
            await ConflictRetry.RunAsync(async () =>
            {
                await using var db = dbs.CreateDbContext();
                await using var tx = await db.Database.BeginTransactionAsync();
                db.Record(new DayPlanSet(DateTime.UtcNow, tag));
                await db.SaveChangesAsync();
                await Task.Delay(random.Next(0, 4)); // another writer's insert gets in between, if it can
                if (i % 5 == 4) await tx.RollbackAsync();
                else await tx.CommitAsync();
                return 0;
            }, NullLogger.Instance);
            if (i % 5 != 4) committed.Add($"{tag}");
        }
        return committed;
    }
}
