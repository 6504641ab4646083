using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_Retries(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_same_scan_delivered_twice_is_answered_the_same_and_counted_once(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1" }) await floor.ScanAsync(code);

        var first = await floor.ScanAsync(TestFloor.BalmEan, scanId: "scan-42");
        var replay = await floor.ScanAsync(TestFloor.BalmEan, scanId: "scan-42");

        Assert.Equal((first.Outcome, first.Message.Code, first.Next.Code), (replay.Outcome, replay.Message.Code, replay.Next.Code));
        Assert.Equal(first.Message.Args, replay.Message.Args);
        Assert.Equal(1, (await floor.Board.LoadAsync("PACK-01"))!.Lines.Single(l => l.SkuCode == TestFloor.Balm).Scanned);
        Assert.Equal(1, await floor.QueryAsync(db => db.ScanReceipts.CountAsync(r => r.ScanId == "scan-42")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refused_scan_replayed_is_refused_again_without_a_second_audit_event(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);

        var first = await floor.ScanAsync("WS-1", scanId: "x");
        var replay = await floor.ScanAsync("WS-1", scanId: "x");

        Assert.Equal((first.Outcome, first.Message.Code), (replay.Outcome, replay.Message.Code));
        Assert.Equal(1, await floor.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Kind == "scan")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_same_scan_id_racing_with_itself_is_taken_once(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1" }) await floor.ScanAsync(code);
        // A second app instance shares the database but not the in-process station lock.
        var otherInstance = new TestFloor(floor.Database, floor.Clock);

        var results = await Task.WhenAll(
            floor.Pipeline.ScanAsync(new ScanRequest("PACK-01", "dup", TestFloor.BalmEan)),
            otherInstance.Pipeline.ScanAsync(new ScanRequest("PACK-01", "dup", TestFloor.BalmEan)));

        Assert.Equal(results[0].Message.Code, results[1].Message.Code);
        Assert.Equal(1, (await floor.Board.LoadAsync("PACK-01"))!.Lines.Single(l => l.SkuCode == TestFloor.Balm).Scanned);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("has space")]
    [InlineData("zażółć")]
    public async Task A_scan_id_that_is_not_printable_ascii_is_rejected_before_anything_is_stored(string id)
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        await Assert.ThrowsAsync<ArgumentException>(() => floor.Pipeline.ScanAsync(new ScanRequest("PACK-01", id, TestFloor.PackerBadge)));
        await Assert.ThrowsAsync<ArgumentException>(() => floor.Pipeline.ScanAsync(new ScanRequest("PACK-01", new string('a', 65), TestFloor.PackerBadge)));
        Assert.Equal(0, await floor.QueryAsync(db => db.AuditEvents.CountAsync()));
    }
}
