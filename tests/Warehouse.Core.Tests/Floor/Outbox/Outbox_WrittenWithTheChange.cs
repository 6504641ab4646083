using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Floor.Outbox;

/// <summary>A fact exists if and only if the change that caused it committed.</summary>
public sealed class Outbox_WrittenWithTheChange(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_fact_outside_an_explicit_transaction_is_refused_and_nothing_is_written(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using (var db = dbs.CreateDbContext())
        {
            db.DayPlans.Add(new DayPlan { Day = new DateOnly(2026, 12, 2), Orders = 5, SetUtc = DateTime.UtcNow });
            db.Record(new DayPlanSet(DateTime.UtcNow, 5));

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("explicit transaction", refused.Message);
        }

        await using var check = dbs.CreateDbContext();
        Assert.Equal((0, 0), (await check.Outbox.CountAsync(), await check.DayPlans.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_rolled_back_fact_is_never_delivered_and_the_next_one_is(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        var events = new FloorEvents();
        var heard = new List<int>();
        using var _ = events.Subscribe(e =>
        {
            if (e is DayPlanSet plan) heard.Add(plan.Orders);
            return Task.CompletedTask;
        });
        var relay = new FactRelay(dbs, events, NullLogger<FactRelay>.Instance);
        await relay.StartAsync(CancellationToken.None);

        foreach (var (orders, commit) in new[] { (1, false), (2, true) })
        {
            await using var db = dbs.CreateDbContext();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Record(new DayPlanSet(DateTime.UtcNow, orders));
            await db.SaveChangesAsync();
            if (commit) await tx.CommitAsync();
            else await tx.RollbackAsync();
        }
        await relay.DeliverAsync(CancellationToken.None);

        Assert.Equal([2], heard);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_commit_rings_the_relay_at_once(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        var events = new FloorEvents();
        var heard = new TaskCompletionSource<DayPlanSet>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = events.Subscribe(e =>
        {
            if (e is DayPlanSet plan) heard.TrySetResult(plan);
            return Task.CompletedTask;
        });
        var relay = new FactRelay(dbs, events, NullLogger<FactRelay>.Instance);
        await relay.StartAsync(CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var running = relay.RunAsync(dbs.Bell, Timeout.InfiniteTimeSpan, stop.Token); // no polling: only the bell

        await using (var db = dbs.CreateDbContext())
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Record(new DayPlanSet(DateTime.UtcNow, 7));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        var plan = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(7, plan.Orders);
        Assert.True(plan.Sequence > 0);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }
}
