using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Handheld;

/// <summary>A lot other than the allocated one is taken when first expiry first still holds, and re-allocated; otherwise refused with why.</summary>
public sealed class PickHandheld_OtherLots(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Shelf = "A-02-02-1";

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_lot_expiring_no_later_is_taken_and_re_allocated_a_later_one_or_one_not_there_is_refused(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(
            s.Receive(Shelf, StockFloor.Yoghurt, 3, "L1", new DateOnly(2027, 1, 10)),
            s.Receive(Shelf, StockFloor.Yoghurt, 2, "L2", new DateOnly(2027, 1, 10)),
            s.Receive(Shelf, StockFloor.Yoghurt, 3, "L3", new DateOnly(2027, 3, 1)),
            s.Receive("A-01-01-1", StockFloor.Yoghurt, 3, "L9", new DateOnly(2027, 2, 1)));
        var order = await floor.Picking.OrderAsync((StockFloor.Yoghurt, 2));
        await floor.ReleaseAsync(order);
        foreach (var code in new[] { HandheldFloor.Picker, PickCommands.Next, "T-0001", Shelf }) await floor.ScanAsync(code);
        var before = await floor.StateAsync();

        var later = await floor.ScanAsync(HandheldFloor.ItemCode(StockFloor.Yoghurt, "L3"));
        var elsewhere = await floor.ScanAsync(HandheldFloor.ItemCode(StockFloor.Yoghurt, "L9"));
        Assert.Equal(before, await floor.StateAsync());
        var swapped = await floor.ScanAsync(HandheldFloor.ItemCode(StockFloor.Yoghurt, "L2"));
        // DataWedge keystroke output: the stand-in for GS after the variable-length lot, no brackets, no AIM prefix.
        var allocated = await floor.ScanAsync($"010{HandheldFloor.YoghurtEan}10L1~17270110");

        Assert.Equal((ScanOutcome.Refused, PickCodes.LotBreaksFefo), (later.Outcome, later.Message.Code));
        Assert.Equal(["L3", "2027-03-01", "L1", "2027-01-10"], later.Message.Args);
        Assert.Equal((ScanOutcome.Refused, PickCodes.LotNotHere, "L9"), (elsewhere.Outcome, elsewhere.Message.Code, elsewhere.Message.Args[0]));
        Assert.Equal((PickCodes.LotSwapped, "L2", "1", "2"), (swapped.Message.Code, swapped.Message.Args[0], swapped.Message.Args[2], swapped.Message.Args[3]));
        Assert.Equal((PickCodes.ItemPicked, "2", PickCodes.NextPut), (allocated.Message.Code, allocated.Message.Args[1], allocated.Next.Code));

        await using var db = floor.Dbs.CreateDbContext();
        var lines = await db.PickLines.AsNoTracking().OrderBy(l => l.Id).ToListAsync();
        Assert.Equal([("L1", 1, 1), ("L2", 1, 1)], lines.Select(l => (l.Lot, l.Quantity, l.Picked)));
        Assert.Single(lines.Select(l => l.Sequence).Distinct());
        var balances = (await s.BalancesAsync()).ToDictionary(b => b.Lot, b => (b.OnHand, b.Reserved));
        Assert.Equal((2, 0), balances["L1"]);
        Assert.Equal((1, 0), balances["L2"]);
        Assert.Equal((3, 0), balances["L3"]);
        Assert.Equal(["L1", "L2"], await db.PickedUnits.OrderBy(u => u.Lot).Select(u => u.Lot).ToListAsync());

        var done = await floor.ScanAsync("T-0001");
        Assert.Equal(PickCodes.ListFinished, done.Message.Code);
        Assert.Equal(OrderStatus.Picked, (await floor.Picking.FindAsync(order)).Status);
        Assert.Equal(await s.LedgerSumsAsync(), await s.OnHandAsync());
    }
}
