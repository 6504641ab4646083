using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Stations;

/// <summary>A new station kind is one handler: the pipeline gives it sign-in, commands, approvals, receipts and audit unchanged.</summary>
public sealed class StationPipeline_AnyKind(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Tally = "TALLY-01";

    private static async Task<TestFloor> FloorWithTallyAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = new TestFloor(await fixture.NewDatabaseAsync(provider), moreHandlers: new TallyHandler());
        await floor.SeedAsync();
        await floor.QueryAsync(async db =>
        {
            db.Stations.Add(new Station { Code = Tally, Kind = TallyHandler.TallyKind });
            return await db.SaveChangesAsync();
        });
        return floor;
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_kind_the_pipeline_never_heard_of_signs_in_counts_and_signs_out(DatabaseProvider provider)
    {
        var floor = await FloorWithTallyAsync(fixture, provider);
        var published = new List<string>();
        using var subscription = floor.Events.Subscribe(e =>
        {
            if (e.StationCode == Tally) lock (published) published.Add(EventNames.Of(e));
            return Task.CompletedTask;
        });

        var before = await floor.ScanAsync("A", Tally);
        var badge = await floor.ScanAsync(TestFloor.PackerBadge, Tally);
        var first = await floor.ScanAsync("A", Tally, scanId: "tally-1");
        var replay = await floor.ScanAsync("A", Tally, scanId: "tally-1");
        var second = await floor.ScanAsync("B", Tally);
        var signOut = await floor.ScanAsync(CommonCommands.SignOut.ToLowerInvariant(), Tally);

        Assert.Equal((ScanOutcome.Refused, StationCodes.SignInFirst, StationCodes.NextSignIn), (before.Outcome, before.Message.Code, before.Next.Code));
        Assert.Equal(StationCodes.SignedIn, badge.Message.Code);
        Assert.Equal(("tally.counted", "1"), (first.Message.Code, first.Message.Args[1]));
        Assert.Equal((first.Outcome, first.Message.Code, string.Join("|", first.Message.Args), first.Next.Code), (replay.Outcome, replay.Message.Code, string.Join("|", replay.Message.Args), replay.Next.Code));
        Assert.Equal(("tally.counted", "2"), (second.Message.Code, second.Message.Args[1]));
        Assert.Equal(StationCodes.SignedOut, signOut.Message.Code);
        var audit = await floor.QueryAsync(db => db.AuditEvents.Where(a => a.StationCode == Tally).OrderBy(a => a.Id).Select(a => a.MessageCode).ToListAsync());
        Assert.Equal([StationCodes.SignInFirst, StationCodes.SignedIn, "tally.counted", "tally.counted", StationCodes.SignedOut], audit);
        Assert.Equal(2, await floor.QueryAsync(db => db.Stations.Where(s => s.Code == Tally).Select(s => s.TaskId).SingleAsync()));
        await floor.DeliveredAsync();
        Assert.Equal(2, published.Count(k => k == "tally.counted"));
        Assert.Equal(5, published.Count(k => k == "scan.decided"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_request_of_any_kind_waits_for_a_supervisor_badge_and_nothing_else(DatabaseProvider provider)
    {
        var floor = await FloorWithTallyAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "A", "B" }) await floor.ScanAsync(code, Tally);

        var requested = await floor.ScanAsync(TallyHandler.Reset, Tally);
        var item = await floor.ScanAsync("C", Tally);
        var packer = await floor.ScanAsync(TestFloor.OtherPackerBadge, Tally);
        var supervisor = await floor.ApproveAsync(Tally);
        var unknown = await floor.ScanAsync("CMD:SELF-DESTRUCT", Tally);
        await floor.WeighAsync(1200, Tally);

        Assert.Equal("tally.reset_requested", requested.Message.Code);
        Assert.Equal((ScanOutcome.Refused, StationCodes.AwaitingSupervisor), (item.Outcome, item.Message.Code));
        Assert.Equal((ScanOutcome.Refused, StationCodes.NotSupervisor), (packer.Outcome, packer.Message.Code));
        Assert.Equal(("tally.reset", "tally.next", "0"), (supervisor.Message.Code, supervisor.Next.Code, supervisor.Next.Args[0]));
        Assert.Equal(StationCodes.ScanUnknown, unknown.Message.Code);
        Assert.Equal(0, await floor.QueryAsync(db => db.AuditEvents.CountAsync(a => a.StationCode == Tally && a.Kind == "weight")));
    }
}
