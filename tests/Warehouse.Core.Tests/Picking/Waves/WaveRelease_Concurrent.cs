using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking.Waves;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Waves;

public sealed class WaveRelease_Concurrent(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Three_waves_released_at_once_never_allocate_one_unit_twice_nor_release_one_order_twice(DatabaseProvider provider)
    {
        var floor = await PickingFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive("A-01-01-1", StockFloor.Mug, 9), s.Receive("A-01-02-1", StockFloor.Mug, 7), s.Receive("A-02-01-1", StockFloor.Mug, 6));
        var random = new Random(7);
        var orders = new List<string>();
        for (var i = 0; i < 30; i++) orders.Add(await floor.OrderAsync((StockFloor.Mug, random.Next(1, 4))));

        // Two rule waves over all of them and one naming every third order, each on its own connections.
        var outcomes = await Task.WhenAll(
            Task.Run(() => floor.Waves.ReleaseAsync(floor.Rule(), null)),
            Task.Run(() => floor.Waves.ReleaseAsync(floor.Rule(mode: "single"), null)),
            Task.Run(() => floor.Waves.ReleaseAsync(floor.Named(orders.Where((_, i) => i % 3 == 0).ToArray()), null)));

        await using var db = floor.Dbs.CreateDbContext();
        var released = await db.WaveOrders.AsNoTracking().Where(o => o.State == WaveOrderState.Released).Select(o => o.OrderNumber).ToListAsync();
        Assert.Equal(released.Count, released.Distinct().Count());
        var lines = await db.PickLines.AsNoTracking().ToListAsync();
        Assert.Equal(released.Order(), lines.Select(l => l.OrderNumber).Distinct().Order());
        var balances = await s.BalancesAsync();
        Assert.Equal(lines.Sum(l => l.Quantity), balances.Sum(b => b.Reserved));
        Assert.All(balances, b => Assert.InRange(b.Reserved, 0, b.OnHand));
        foreach (var group in lines.GroupBy(l => l.BalanceId))
            Assert.Equal(balances.Single(b => b.Id == group.Key).Reserved, group.Sum(l => l.Quantity));

        // Every order ended one way: released once, or held for stock with nothing reserved.
        var statuses = await db.Orders.AsNoTracking().Select(o => new { o.Number, o.Status, o.Holds }).ToListAsync();
        Assert.All(statuses, o => Assert.True(
            released.Contains(o.Number) ? o.Status == OrderStatus.Picking : o.Holds == HoldReasons.Stock && o.Status == OrderStatus.Ready,
            $"{o.Number}: {o.Status}, {o.Holds}"));
        Assert.True(outcomes.Count(o => o is WaveOutcome.Released) >= 1);
    }
}
