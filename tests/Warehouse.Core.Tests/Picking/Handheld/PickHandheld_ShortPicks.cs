using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Handheld;

/// <summary>A short leaves the books, blocks the location until counted, and is re-allocated in the zone or holds the order — never a silent split.</summary>
public sealed class PickHandheld_ShortPicks(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Shelf = "A-01-02-1";

    /// <summary>Walks to the mug stop, picks <paramref name="picked"/> mugs there, and says the rest are short.</summary>
    private static async Task<ScanResult> ShortAtMugsAsync(HandheldFloor floor, int picked, string command)
    {
        await floor.WalkAsync(await floor.ScanAsync(PickCommands.Next), until: next => next.Code == PickCodes.NextItem && next.Args[0] == StockFloor.Mug);
        for (var i = 0; i < picked; i++) Assert.Equal(PickCodes.ItemPicked, (await floor.ScanAsync(HandheldFloor.MugEan)).Message.Code);
        return await floor.ScanAsync(command);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_short_is_taken_from_another_location_of_the_zone_on_the_same_list(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive(Shelf, StockFloor.Mug, 3), s.Receive("A-02-01-1", StockFloor.Mug, 4),
            s.Receive("A-02-02-1", StockFloor.Yoghurt, 2, "L1", new DateOnly(2027, 1, 10)));
        var order = await floor.Picking.OrderAsync((StockFloor.Mug, 3), (StockFloor.Yoghurt, 1));
        var list = Assert.Single(await floor.ReleaseAsync(order));
        await floor.ScanAsync(HandheldFloor.Picker);

        var shorted = await ShortAtMugsAsync(floor, picked: 1, PickCommands.ShortMissing);

        Assert.Equal((ScanOutcome.Accepted, PickCodes.ShortReallocated), (shorted.Outcome, shorted.Message.Code));
        Assert.Equal(["2", Shelf, "A-02-01-1"], shorted.Message.Args);
        Assert.Equal((PickCodes.NextPut, "T-0001"), (shorted.Next.Code, shorted.Next.Args[0]));
        await using (var db = floor.Dbs.CreateDbContext())
        {
            Assert.True(await db.Locations.Where(l => l.Code == Shelf).Select(l => l.BlockedForPicking).SingleAsync());
            var task = await db.CountTasks.SingleAsync();
            Assert.Equal((Shelf, "short: missing", list), (task.LocationCode, task.Reason, task.SourceDocument));
            var gone = await db.StockMoves.SingleAsync(m => m.Reason == StockReasons.Short);
            Assert.Equal((StockPlaceKind.Outside, 2, list), (gone.To.Kind, gone.Quantity, gone.SourceDocument));
            var lines = await db.PickLines.AsNoTracking().Where(l => l.SkuId == s.Skus[StockFloor.Mug]).OrderBy(l => l.Id).ToListAsync();
            Assert.Equal([(Shelf, 3, 1, 2), ("A-02-01-1", 2, 0, 0)], lines.Select(l => (l.LocationCode, l.Quantity, l.Picked, l.Shorted)));
            Assert.True(lines[1].Sequence > lines[0].Sequence);
        }
        Assert.Contains("pick.short", await floor.FactsAsync());

        var rest = await floor.WalkAsync(shorted);

        Assert.Equal(PickCodes.ListFinished, rest[^1].Message.Code);
        Assert.Equal(OrderStatus.Picked, (await floor.Picking.FindAsync(order)).Status);
        Assert.Equal(0, await floor.Picking.ReservedAsync());
        Assert.Equal(await s.LedgerSumsAsync(), await s.OnHandAsync());
        await using var check = floor.Dbs.CreateDbContext();
        Assert.Equal(4, await check.PickedUnits.SumAsync(u => u.Quantity));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_short_with_no_stock_left_in_the_zone_holds_the_order_releases_its_reservations_and_puts_back_what_was_picked(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive(Shelf, StockFloor.Mug, 3), s.Receive("A-02-02-1", StockFloor.Yoghurt, 2, "L1", new DateOnly(2027, 1, 10)));
        var held = await floor.Picking.OrderAsync((StockFloor.Mug, 3), (StockFloor.Yoghurt, 1));
        var other = await floor.Picking.OrderAsync((StockFloor.Yoghurt, 1));
        await floor.ReleaseAsync(held, other);
        await floor.ScanAsync(HandheldFloor.Picker);

        var shorted = await ShortAtMugsAsync(floor, picked: 1, PickCommands.ShortDamaged);

        Assert.Equal(PickCodes.ShortHeld, shorted.Message.Code);
        Assert.Equal(["2", Shelf, held], shorted.Message.Args);
        var order = await floor.Picking.FindAsync(held);
        Assert.Equal(HoldReasons.Stock, order.Holds);
        Assert.Contains("KUB-0001: 2 short at A-01-02-1", order.StopReason);
        Assert.All(await floor.Picking.LinesAsync(held), l => Assert.True(l.IsDone));

        var rest = await floor.WalkAsync(shorted);

        Assert.Equal(PickCodes.ListFinished, rest[^1].Message.Code);
        Assert.Equal(0, await floor.Picking.ReservedAsync());
        Assert.Equal(await s.LedgerSumsAsync(), await s.OnHandAsync());
        Assert.Equal(OrderStatus.Picked, (await floor.Picking.FindAsync(other)).Status);
        order = await floor.Picking.FindAsync(held);
        Assert.Equal(HoldReasons.Stock, order.Holds);
        await using var db = floor.Dbs.CreateDbContext();
        var putBacks = await db.PutBackTasks.AsNoTracking().ToListAsync();
        Assert.Equal(await db.PickedUnits.Where(u => u.OrderId == order.Id).SumAsync(u => u.Quantity), putBacks.Sum(p => p.Quantity));
        Assert.All(putBacks, p => Assert.Equal((held, "T-0001"), (p.OrderNumber, p.ToteBarcode)));
        Assert.Contains(putBacks, p => p.SkuId == s.Skus[StockFloor.Mug] && p.Quantity == 1 && p.FromLocationCode == Shelf);
        Assert.Equal("short: damaged", (await db.CountTasks.SingleAsync()).Reason);
    }
}
