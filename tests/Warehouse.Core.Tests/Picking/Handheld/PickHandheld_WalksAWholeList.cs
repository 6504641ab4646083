using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Quality;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Handheld;

public sealed class PickHandheld_WalksAWholeList(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_whole_list_walked_moves_every_unit_into_its_tote_frees_the_reservations_and_finishes_the_orders(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider, new QcOptions { Categories = ["electronics"] });
        var s = floor.Stock;
        await s.ApplyAsync(
            s.Receive("A-01-02-1", StockFloor.Mug, 5),
            s.Receive("A-02-01-1", StockFloor.Mug, 1),
            s.Receive("A-02-02-1", StockFloor.Yoghurt, 4, "L1", new DateOnly(2027, 1, 10)));
        await floor.ReceiveSerialAsync("A-01-01-1", "SN-1");
        await floor.ReceiveSerialAsync("A-01-01-1", "SN-2");
        await using (var db = floor.Dbs.CreateDbContext())
            await db.Skus.Where(x => x.Code == StockFloor.Phone).ExecuteUpdateAsync(x => x.SetProperty(k => k.Category, "Electronics"));
        var first = await floor.Picking.OrderAsync((StockFloor.Mug, 6), (StockFloor.Yoghurt, 2));
        var second = await floor.Picking.OrderAsync((StockFloor.Phone, 2));
        var list = Assert.Single(await floor.ReleaseAsync(first, second));

        await floor.ScanAsync(HandheldFloor.Picker);
        var taken = await floor.ScanAsync(PickCommands.Next);
        Assert.Equal((PickCodes.ListStarted, list), (taken.Message.Code, taken.Message.Args[0]));
        Assert.Equal((PickCodes.NextTote, "1", first), (taken.Next.Code, taken.Next.Args[0], taken.Next.Args[1]));

        var walk = await floor.WalkAsync(taken, serials: new Queue<string>(["SN-2", "SN-1"]));

        Assert.Equal(PickCodes.ListFinished, walk[^1].Message.Code);
        Assert.Equal(10, walk.Count(a => a.Message.Code == PickCodes.ItemPicked));
        await using var check = floor.Dbs.CreateDbContext();
        var moves = await check.StockMoves.AsNoTracking().Where(m => m.Reason == StockReasons.Pick).ToListAsync();
        Assert.All(moves, m => Assert.True(m.From.IsLocation && m.To.Kind == StockPlaceKind.Tote && m.SourceDocument == list));
        var units = await check.PickedUnits.AsNoTracking().ToListAsync();
        Assert.Equal(units.Count, moves.Sum(m => m.Quantity));
        Assert.Equal(10, (await check.PickLines.AsNoTracking().ToListAsync()).Sum(l => l.Picked));
        Assert.Equal(["SN-1", "SN-2"], units.Where(u => u.Serial != null).Select(u => u.Serial).Order());
        Assert.All(units.Where(u => u.SkuId == s.Skus[StockFloor.Yoghurt]), u => Assert.Equal(("L1", new DateOnly(2027, 1, 10)), (u.Lot, u.Expiry)));
        Assert.Equal(0, await floor.Picking.ReservedAsync());
        Assert.Equal(await s.LedgerSumsAsync(), await s.OnHandAsync());
        Assert.Equal(OrderStatus.Picked, (await floor.Picking.FindAsync(first)).Status);
        Assert.Equal(OrderStatus.QualityCheck, (await floor.Picking.FindAsync(second)).Status);
        Assert.Equal(PickListState.Done, (await check.PickLists.SingleAsync()).State);
        Assert.Null(await check.Stations.Where(x => x.Code == HandheldFloor.Hh1).Select(x => x.TaskId).SingleAsync());
        var totes = await check.Totes.AsNoTracking().Where(t => t.State == CarrierState.InUse).OrderBy(t => t.Barcode).Select(t => t.OrderNumber).ToListAsync();
        Assert.Equal([first, second], totes);
        var firstId = (await floor.Picking.FindAsync(first)).Id;
        Assert.All(units, u => Assert.Equal(u.OrderId == firstId ? "T-0001" : "T-0002", u.ToteBarcode));

        var facts = await floor.FactsAsync();
        Assert.Contains("pick.list_started", facts);
        Assert.Equal(4, facts.Count(f => f == "pick.line_picked"));
        Assert.Equal(2, facts.Count(f => f == "order.picked"));
        Assert.Equal("pick.list_done", facts.Last(f => f.StartsWith("pick.", StringComparison.Ordinal)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_scan_sent_again_with_its_id_is_decided_once(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        await floor.Stock.ApplyAsync(floor.Stock.Receive("A-01-02-1", StockFloor.Mug, 5));
        var order = await floor.Picking.OrderAsync((StockFloor.Mug, 2));
        await floor.ReleaseAsync(order);
        foreach (var code in new[] { HandheldFloor.Picker, PickCommands.Next, "T-0001", "A-01-02-1" }) await floor.ScanAsync(code);

        var once = await floor.ScanAsync(HandheldFloor.MugEan, scanId: "hh-queue-17");
        var again = await floor.ScanAsync(HandheldFloor.MugEan, scanId: "hh-queue-17");

        Assert.Equal((PickCodes.ItemPicked, "1", "2"), (once.Message.Code, once.Message.Args[1], once.Message.Args[2]));
        Assert.Equal((once.Outcome, once.Message.Code, once.Next.Code), (again.Outcome, again.Message.Code, again.Next.Code));
        Assert.Equal(string.Join("|", once.Message.Args), string.Join("|", again.Message.Args));
        await using var db = floor.Dbs.CreateDbContext();
        Assert.Equal(1, await db.PickedUnits.CountAsync());
        Assert.Equal(1, (await db.PickLines.SingleAsync()).Picked);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_handhelds_taking_one_list_at_once_end_with_one_picker(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        await floor.Stock.ApplyAsync(floor.Stock.Receive("A-01-02-1", StockFloor.Mug, 5));
        var list = Assert.Single(await floor.ReleaseAsync(await floor.Picking.OrderAsync((StockFloor.Mug, 2))));
        await floor.ScanAsync(HandheldFloor.Picker, HandheldFloor.Hh1);
        await floor.ScanAsync(HandheldFloor.OtherPicker, HandheldFloor.Hh2);

        var answers = await Task.WhenAll(floor.ScanAsync(list, HandheldFloor.Hh1), floor.ScanAsync(list.ToLowerInvariant(), HandheldFloor.Hh2));

        Assert.Single(answers, a => a.Message.Code == PickCodes.ListStarted);
        Assert.Single(answers, a => a.Message.Code == PickCodes.ListTaken);
        await using var db = floor.Dbs.CreateDbContext();
        var stations = await db.Stations.Where(x => x.Kind == StationKind.Picking && x.TaskId != null).Select(x => x.Code).ToListAsync();
        Assert.Equal((await db.PickLists.SingleAsync()).StationCode, Assert.Single(stations));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_same_picker_resumes_the_list_on_another_handheld(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        await floor.Stock.ApplyAsync(floor.Stock.Receive("A-01-02-1", StockFloor.Mug, 5));
        var list = Assert.Single(await floor.ReleaseAsync(await floor.Picking.OrderAsync((StockFloor.Mug, 2))));
        foreach (var code in new[] { HandheldFloor.Picker, list, "T-0001", "A-01-02-1", HandheldFloor.MugEan, CommonCommands.SignOut }) await floor.ScanAsync(code);

        await floor.ScanAsync(HandheldFloor.Picker, HandheldFloor.Hh2);
        var resumed = await floor.ScanAsync(list, HandheldFloor.Hh2);
        var old = await floor.ScanAsync(HandheldFloor.Picker, HandheldFloor.Hh1);

        Assert.Equal((PickCodes.ListResumed, PickCodes.NextItem, StockFloor.Mug, "1"),
            (resumed.Message.Code, resumed.Next.Code, resumed.Next.Args[0], resumed.Next.Args[2]));
        Assert.Equal(PickCodes.NextList, old.Next.Code);
    }
}
