using Warehouse.Core.Data;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Stock;

public sealed class StockLedger_KeepsBalances(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_receipt_and_a_pick_leave_the_balance_equal_to_the_ledger(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);

        await floor.ApplyAsync(floor.Receive("A-01-01-1", StockFloor.Mug, 10));
        await floor.ApplyAsync(StockMove.Create(StockFloor.At, floor.Skus[StockFloor.Mug], StockPlace.AtLocation("A-01-01-1"),
            StockPlace.InTote("T-001"), 3, StockReasons.Pick, "WS-1"));

        var balance = Assert.Single(await floor.BalancesAsync());
        Assert.Equal((7, 0), (balance.OnHand, balance.Reserved));
        Assert.Equal(await floor.LedgerSumsAsync(), await floor.OnHandAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Taking_more_than_a_location_holds_is_refused_and_nothing_of_the_transaction_is_kept(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);
        await floor.ApplyAsync(floor.Receive("A-01-01-1", StockFloor.Mug, 2));
        var mug = floor.Skus[StockFloor.Mug];

        await Assert.ThrowsAsync<StockShortException>(() => floor.ApplyAsync(
            floor.Receive("A-01-02-1", StockFloor.Mug, 5),
            StockMove.Create(StockFloor.At, mug, StockPlace.AtLocation("A-01-01-1"), StockPlace.InTote("T-001"), 3, StockReasons.Pick)));

        Assert.Equal(2, Assert.Single(await floor.BalancesAsync()).OnHand);
        Assert.Equal(await floor.LedgerSumsAsync(), await floor.OnHandAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_move_outside_a_transaction_is_refused(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);
        await using var db = floor.Dbs.CreateDbContext();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => new StockLedger(db).ApplyAsync(floor.Receive("A-01-01-1", StockFloor.Mug, 1)));

        Assert.Contains("transaction", refused.Message);
        Assert.Empty(await floor.BalancesAsync());
    }

    [Fact]
    public void A_move_carries_at_least_one_unit_and_goes_somewhere()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StockMove.Create(StockFloor.At, 1, StockPlace.Outside, StockPlace.AtLocation("A-01-01-1"), 0, StockReasons.Receipt));
        Assert.Throws<ArgumentException>(() => StockMove.Create(StockFloor.At, 1, StockPlace.AtLocation("A-01-01-1"), StockPlace.AtLocation("A-01-01-1"), 1, StockReasons.Adjustment));
        Assert.Throws<ArgumentException>(() => StockMove.Create(StockFloor.At, 1, StockPlace.Outside, StockPlace.AtLocation("A-01-01-1"), 2, StockReasons.Receipt, serial: "SN1"));
    }

    /// <summary>
    /// Receipts, picks into totes, shorts and adjustments both ways, at random over every location, SKU
    /// and lot; some are refused for want of stock. Every balance ends equal to its ledger sum.
    /// </summary>
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task After_a_random_run_of_receipts_picks_shorts_and_adjustments_every_balance_is_its_ledger_sum(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);
        var random = new Random(10);
        string[] lots = ["L1", "L2"];
        var refused = 0;
        for (var i = 0; i < 150; i++)
        {
            var location = StockPlace.AtLocation(StockFloor.Faces[random.Next(StockFloor.Faces.Length)]);
            var sku = random.Next(2) == 0 ? StockFloor.Mug : StockFloor.Yoghurt;
            var lot = sku == StockFloor.Yoghurt ? lots[random.Next(lots.Length)] : "";
            DateOnly? expiry = lot == "" ? null : new DateOnly(2027, 1, lot == "L1" ? 10 : 20);
            var n = random.Next(1, 6);
            var (from, to, reason) = random.Next(4) switch
            {
                0 => (StockPlace.Outside, location, StockReasons.Receipt),
                1 => (location, StockPlace.InTote($"T-{random.Next(3):D3}"), StockReasons.Pick),
                2 => (location, StockPlace.Outside, StockReasons.Short),
                _ => random.Next(2) == 0 ? (StockPlace.Outside, location, StockReasons.Adjustment) : (location, StockPlace.Outside, StockReasons.Adjustment),
            };
            try
            {
                await floor.ApplyAsync(StockMove.Create(StockFloor.At.AddMinutes(i), floor.Skus[sku], from, to, n, reason, $"RUN-{i}", lot, expiry));
            }
            catch (StockShortException)
            {
                refused++;
            }
        }

        var onHand = await floor.OnHandAsync();
        Assert.Equal(await floor.LedgerSumsAsync(), onHand);
        Assert.All(onHand.Values, n => Assert.True(n >= 0));
        Assert.InRange(refused, 1, 100);
    }
}
