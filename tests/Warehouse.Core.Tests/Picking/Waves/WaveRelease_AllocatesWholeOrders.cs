using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Waves;
using Warehouse.Core.Quality;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Waves;

public sealed class WaveRelease_AllocatesWholeOrders(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_released_order_has_its_stock_reserved_first_expiry_first_and_is_on_a_routed_pick_list(DatabaseProvider provider)
    {
        var floor = await PickingFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(
            s.Receive("A-01-01-1", StockFloor.Yoghurt, 5, "LATE", new DateOnly(2027, 3, 1)),
            s.Receive("A-02-02-1", StockFloor.Yoghurt, 2, "EARLY", new DateOnly(2027, 1, 1)),
            s.Receive("A-01-02-1", StockFloor.Mug, 4));
        var order = await floor.OrderAsync((StockFloor.Yoghurt, 3), (StockFloor.Mug, 1));

        var outcome = await floor.Waves.ReleaseAsync(floor.Named(order), supervisorId: null);

        var wave = Assert.IsType<WaveOutcome.Released>(outcome).Wave;
        Assert.Equal((1, 0, 0), (wave.Released, wave.Held, wave.Skipped));
        Assert.Equal(OrderStatus.Picking, (await floor.FindAsync(order)).Status);
        Assert.Equal([("A-02-02-1", "EARLY", 2), ("A-01-01-1", "LATE", 1), ("A-01-02-1", "", 1)],
            (await floor.LinesAsync(order)).Select(l => (l.LocationCode, l.Lot, l.Quantity)));
        Assert.Equal(4, await floor.ReservedAsync());

        var list = Assert.Single(wave.PickLists);
        var view = (await floor.Lists.FindAsync(list))!;
        Assert.Equal([1, 2, 3], view.Stops.Select(x => x.Sequence));
        Assert.True(view.RouteLengthMm > 0 && view.RouteLengthMm <= view.SShapeLengthMm && view.RouteLengthMm <= view.LargestGapLengthMm);
        Assert.Equal(order, Assert.Single(view.Totes).OrderNumber);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_order_that_cannot_be_fully_allocated_is_held_for_stock_with_nothing_reserved_never_split(DatabaseProvider provider)
    {
        var floor = await PickingFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive("A-01-02-1", StockFloor.Mug, 4), s.Receive("A-01-01-1", StockFloor.Yoghurt, 1, "L1", new DateOnly(2027, 1, 1)));
        var shortOne = await floor.OrderAsync((StockFloor.Mug, 2), (StockFloor.Yoghurt, 3));
        var fine = await floor.OrderAsync((StockFloor.Mug, 2));

        var wave = Assert.IsType<WaveOutcome.Released>(await floor.Waves.ReleaseAsync(floor.Named(shortOne, fine), null)).Wave;

        Assert.Equal((1, 1), (wave.Released, wave.Held));
        var held = await floor.FindAsync(shortOne);
        Assert.Equal((OrderStatus.Ready, HoldReasons.Stock), (held.Status, held.Holds));
        Assert.Contains("JOG-0001: 3 wanted, 1 free", held.StopReason);
        Assert.Empty(await floor.LinesAsync(shortOne));
        Assert.Equal(2, await floor.ReservedAsync()); // only the order that went
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Batch_picking_puts_three_orders_on_one_cart_one_tote_slot_each(DatabaseProvider provider)
    {
        var floor = await PickingFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive("A-01-02-1", StockFloor.Mug, 10), s.Receive("A-02-01-1", StockFloor.Yoghurt, 10, "L1", new DateOnly(2027, 1, 1)));
        var orders = new[]
        {
            await floor.OrderAsync((StockFloor.Mug, 1)),
            await floor.OrderAsync((StockFloor.Yoghurt, 2)),
            await floor.OrderAsync((StockFloor.Mug, 1), (StockFloor.Yoghurt, 1)),
            await floor.OrderAsync((StockFloor.Mug, 3)),
        };

        var wave = Assert.IsType<WaveOutcome.Released>(await floor.Waves.ReleaseAsync(floor.Rule(totes: 3), null)).Wave;

        Assert.Equal(2, wave.PickLists.Count);
        var cart = (await floor.Lists.FindAsync(wave.PickLists[0]))!;
        Assert.Equal([(1, orders[0]), (2, orders[1]), (3, orders[2])], cart.Totes.Select(t => (t.Slot, t.OrderNumber)));
        Assert.All(cart.Stops, stop => Assert.Equal(stop.OrderNumber, cart.Totes.Single(t => t.Slot == stop.ToteSlot).OrderNumber));
        Assert.Equal(orders[3], Assert.Single((await floor.Lists.FindAsync(wave.PickLists[1]))!.Totes).OrderNumber);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_preview_reserves_nothing_and_shows_what_the_release_then_does(DatabaseProvider provider)
    {
        var floor = await PickingFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive("A-01-02-1", StockFloor.Mug, 3), s.Receive("A-02-01-1", StockFloor.Mug, 1));
        var first = await floor.OrderAsync((StockFloor.Mug, 3));
        var second = await floor.OrderAsync((StockFloor.Mug, 2)); // one left after the first: would be held
        var third = await floor.OrderAsync((StockFloor.Mug, 1));

        var preview = await floor.Waves.PreviewAsync(floor.Rule());

        Assert.Equal(0, await floor.ReservedAsync());
        Assert.Equal([null, "KUB-0001: 2 wanted, 1 free", null], preview.Orders.Select(o => o.WouldHold));
        Assert.Equal((2, 4, 2), (preview.Lines, preview.Units, preview.Totes));

        var wave = Assert.IsType<WaveOutcome.Released>(await floor.Waves.ReleaseAsync(floor.Rule(), null)).Wave;
        var list = (await floor.Lists.FindAsync(Assert.Single(wave.PickLists)))!;
        Assert.Equal((preview.Units, preview.RouteLengthMm, preview.SShapeLengthMm), (list.Units, list.RouteLengthMm, list.SShapeLengthMm));
        Assert.Equal(HoldReasons.Stock, (await floor.FindAsync(second)).Holds);
        Assert.Equal([first, third], list.Totes.Select(t => t.OrderNumber));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_wave_cut_off_halfway_is_finished_at_start_and_allocates_each_order_once(DatabaseProvider provider)
    {
        var floor = await PickingFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive("A-01-02-1", StockFloor.Mug, 20));
        var orders = new List<string>();
        for (var i = 0; i < 4; i++) orders.Add(await floor.OrderAsync((StockFloor.Mug, 2)));

        // The process dies after the second order's allocation committed.
        var cut = new Progress(stopAfter: 2);
        await Assert.ThrowsAsync<ProcessStopped>(() => floor.Waves.ReleaseAsync(floor.Rule(), null, cut));
        Assert.Equal(4, await floor.ReservedAsync());

        // At the next start (the release keeps nothing in memory between calls).
        Assert.Equal(1, await floor.Waves.ResumeAsync());
        Assert.Equal(0, await floor.Waves.ResumeAsync());

        Assert.Equal(8, await floor.ReservedAsync());
        foreach (var number in orders) Assert.Equal(OrderStatus.Picking, (await floor.FindAsync(number)).Status);
        await using var db = floor.Dbs.CreateDbContext();
        Assert.Equal(4, await db.PickLines.CountAsync(l => l.PickListId != null));
        Assert.Equal(WaveState.Released, (await db.Waves.SingleAsync()).State);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_qc_rules_choose_orders_by_sku_category_at_release(DatabaseProvider provider)
    {
        var floor = await PickingFloor.CreateAsync(fixture, provider, new QcOptions { Categories = ["glass"] });
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive("A-01-02-1", StockFloor.Mug, 5), s.Receive("A-02-01-1", StockFloor.Phone, 1));
        await using (var db = floor.Dbs.CreateDbContext())
        {
            await db.Skus.Where(x => x.Code == StockFloor.Mug).ExecuteUpdateAsync(x => x.SetProperty(k => k.Category, "Glass"));
        }
        var glass = await floor.OrderAsync((StockFloor.Mug, 1));
        var other = await floor.OrderAsync((StockFloor.Phone, 1));

        await floor.Waves.ReleaseAsync(floor.Named(glass, other), null);

        Assert.True((await floor.FindAsync(glass)).QcRequired);
        Assert.False((await floor.FindAsync(other)).QcRequired);
    }

    private sealed class ProcessStopped : Exception;

    private sealed class Progress(int stopAfter) : IProgress<WaveProgress>
    {
        public void Report(WaveProgress value)
        {
            if (value.Done == stopAfter) throw new ProcessStopped();
        }
    }
}
