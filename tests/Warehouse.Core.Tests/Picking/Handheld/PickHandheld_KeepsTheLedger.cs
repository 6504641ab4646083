using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Handheld;

public sealed class PickHandheld_KeepsTheLedger(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>
    /// Waves of random orders walked on the handheld with shorts at random stops (missing or damaged, re-allocated
    /// or holding the order): every balance ends equal to its ledger sum, nothing stays reserved, and every order
    /// finished picking.
    /// </summary>
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task After_a_random_run_of_picks_and_shorts_every_balance_is_its_ledger_sum_and_nothing_stays_reserved(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        var random = new Random(10);
        await s.ApplyAsync(
            s.Receive("A-01-01-1", StockFloor.Mug, 12), s.Receive("A-01-02-1", StockFloor.Mug, 8), s.Receive("A-02-01-1", StockFloor.Mug, 10),
            s.Receive("A-02-02-1", StockFloor.Yoghurt, 10, "L1", new DateOnly(2027, 1, 10)),
            s.Receive("A-01-02-1", StockFloor.Yoghurt, 10, "L2", new DateOnly(2027, 2, 10)));
        await floor.ScanAsync(HandheldFloor.Picker);
        var orders = new List<string>();
        var shorts = 0;
        for (var wave = 0; wave < 3; wave++)
        {
            var these = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                var lines = new List<(string, int)> { (StockFloor.Mug, random.Next(1, 4)) };
                if (random.Next(2) == 0) lines.Add((StockFloor.Yoghurt, random.Next(1, 3)));
                these.Add(await floor.Picking.OrderAsync([.. lines]));
            }
            orders.AddRange(these);
            foreach (var _ in await floor.ReleaseAsync([.. these]))
            {
                var taken = await floor.ScanAsync(PickCommands.Next);
                await floor.WalkAsync(taken, instead: last =>
                {
                    var atItem = last.Next.Code is PickCodes.NextItem or PickCodes.NextItemLot;
                    if (!atItem || random.Next(5) != 0) return null;
                    shorts++;
                    return random.Next(2) == 0 ? PickCommands.ShortMissing : PickCommands.ShortDamaged;
                });
            }
        }

        Assert.InRange(shorts, 1, 100);
        Assert.Equal(await s.LedgerSumsAsync(), await s.OnHandAsync());
        Assert.All(await s.BalancesAsync(), b => Assert.True(b.OnHand >= 0 && b.Reserved == 0, $"balance {b.Id}: {b.OnHand}/{b.Reserved}"));
        foreach (var number in orders)
        {
            var order = await floor.Picking.FindAsync(number);
            Assert.True(order.Status == OrderStatus.Picked || (order.Status == OrderStatus.Ready && order.IsHeld), $"{number}: {order.Status} {order.Holds}");
        }
    }
}
