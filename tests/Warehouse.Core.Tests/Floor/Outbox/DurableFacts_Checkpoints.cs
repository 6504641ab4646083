using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Floor.Outbox;

/// <summary>
/// A durable consumer gets every fact after its checkpoint at least once, across restarts and its
/// own failures; pruning keeps what a consumer still needs, up to the age cap, and then tells it.
/// </summary>
public sealed class DurableFacts_Checkpoints(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private sealed class Notices : FactConsumer
    {
        public override string Name => "notices";
        public List<(long Sequence, int Orders)> Handled { get; } = [];
        public List<(long From, long Through)> Gaps { get; } = [];
        public int FailAt { get; set; } = -1;

        public override Task HandleAsync(FloorFact fact, CancellationToken ct)
        {
            var plan = (DayPlanSet)fact;
            if (plan.Orders == FailAt)
            {
                FailAt = -1;
                throw new InvalidOperationException("the SMS gateway is down");
            }
            Handled.Add((fact.Sequence, plan.Orders));
            return Task.CompletedTask;
        }

        public override Task GapAsync(long from, long through, CancellationToken ct)
        {
            Gaps.Add((from, through));
            return Task.CompletedTask;
        }
    }

    private sealed record Floor(WarehouseDbFactory Dbs, ManualClock Clock, FloorClock FloorClock)
    {
        public DurableFacts Durable() => new(Dbs, FloorClock, NullLogger<DurableFacts>.Instance);

        public FactPruning Pruning(OutboxOptions options) => new(Dbs, FloorClock, Microsoft.Extensions.Options.Options.Create(options));

        public async Task WriteAsync(params int[] plans)
        {
            await using var db = Dbs.CreateDbContext();
            await using var tx = await db.Database.BeginTransactionAsync();
            foreach (var orders in plans) db.Record(new DayPlanSet(FloorClock.UtcNow, orders));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        public async Task<List<long>> SequencesAsync()
        {
            await using var db = Dbs.CreateDbContext();
            return await db.Outbox.OrderBy(f => f.Sequence).Select(f => f.Sequence).ToListAsync();
        }
    }

    private async Task<Floor> FloorAsync(DatabaseProvider provider)
    {
        var clock = new ManualClock(Start);
        return new Floor(new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider)), clock, new FloorClock(clock, TimeZoneInfo.Utc));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_consumer_starts_at_the_end_then_gets_each_new_fact_and_resumes_after_a_restart(DatabaseProvider provider)
    {
        var floor = await FloorAsync(provider);
        await floor.WriteAsync(1, 2);
        var notices = new Notices();

        Assert.Equal(0, await floor.Durable().PassAsync(notices, CancellationToken.None));
        await floor.WriteAsync(3, 4);
        await floor.Durable().PassAsync(notices, CancellationToken.None);
        await floor.WriteAsync(5);
        await floor.Durable().PassAsync(notices, CancellationToken.None); // a restarted app: a new runner, the stored checkpoint

        Assert.Equal([3, 4, 5], notices.Handled.Select(h => h.Orders));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_consumer_that_fails_gets_the_same_fact_again_and_nothing_after_it_is_skipped(DatabaseProvider provider)
    {
        var floor = await FloorAsync(provider);
        var notices = new Notices();
        await floor.Durable().PassAsync(notices, CancellationToken.None);
        await floor.WriteAsync(10, 11, 12);
        notices.FailAt = 11;

        await Assert.ThrowsAsync<InvalidOperationException>(() => floor.Durable().PassAsync(notices, CancellationToken.None));
        await floor.Durable().PassAsync(notices, CancellationToken.None);

        Assert.Equal([10, 11, 12], notices.Handled.Select(h => h.Orders));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Pruning_keeps_what_a_consumer_has_not_read_and_drops_what_every_consumer_has(DatabaseProvider provider)
    {
        var floor = await FloorAsync(provider);
        var notices = new Notices();
        await floor.Durable().PassAsync(notices, CancellationToken.None);
        await floor.WriteAsync(1, 2);
        await floor.Durable().PassAsync(notices, CancellationToken.None);
        await floor.WriteAsync(3);
        var all = await floor.SequencesAsync();
        floor.Clock.Advance(TimeSpan.FromHours(2));

        var pruned = await floor.Pruning(new OutboxOptions { KeepFor = TimeSpan.FromHours(1) }).PruneAsync(CancellationToken.None);

        Assert.Equal(all[1], pruned);
        Assert.Equal([all[2]], await floor.SequencesAsync());
        await floor.Durable().PassAsync(notices, CancellationToken.None);
        Assert.Equal([1, 2, 3], notices.Handled.Select(h => h.Orders));
        Assert.Empty(notices.Gaps);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stopped_consumer_cannot_stop_pruning_past_the_age_cap_and_is_told_of_its_gap(DatabaseProvider provider)
    {
        var floor = await FloorAsync(provider);
        var stopped = new Notices();
        await floor.Durable().PassAsync(stopped, CancellationToken.None);
        await floor.WriteAsync(1, 2);
        floor.Clock.Advance(TimeSpan.FromDays(8));
        await floor.WriteAsync(3);
        var all = await floor.SequencesAsync();

        var pruned = await floor.Pruning(new OutboxOptions { MaxAge = TimeSpan.FromDays(7) }).PruneAsync(CancellationToken.None);
        await floor.Durable().PassAsync(stopped, CancellationToken.None);

        Assert.Equal(all[1], pruned);
        Assert.Equal([(all[0], all[1])], stopped.Gaps);
        Assert.Equal([3], stopped.Handled.Select(h => h.Orders));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Pruning_everything_never_lets_a_sequence_number_be_used_again(DatabaseProvider provider)
    {
        var floor = await FloorAsync(provider);
        await floor.WriteAsync(1, 2);
        var before = (await floor.SequencesAsync()).Max();
        floor.Clock.Advance(TimeSpan.FromHours(2));
        await floor.Pruning(new OutboxOptions()).PruneAsync(CancellationToken.None);
        Assert.Empty(await floor.SequencesAsync());

        await floor.WriteAsync(3);

        Assert.True((await floor.SequencesAsync()).Single() > before, "a resuming client would otherwise skip the new fact");
    }
}
