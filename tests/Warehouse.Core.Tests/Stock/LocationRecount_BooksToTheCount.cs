using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Stock;

public sealed class LocationRecount_BooksToTheCount(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Header = "location,sku,quantity,lot,expiry,status\n";

    private static LocationRecount Recount(StockFloor floor) =>
        new(floor.Dbs, new FloorClock(new ManualClock(new DateTimeOffset(StockFloor.At)), TimeZoneInfo.Utc));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_recount_moves_the_books_to_what_is_there_closes_the_count_task_and_opens_the_location(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);
        await floor.ApplyAsync(
            floor.Receive("A-01-01-1", StockFloor.Mug, 10),
            floor.Receive("A-01-01-1", StockFloor.Yoghurt, 4, "L1", new DateOnly(2027, 1, 1)));
        await using (var db = floor.Dbs.CreateDbContext())
        {
            await db.Locations.Where(l => l.Code == "A-01-01-1").ExecuteUpdateAsync(x => x.SetProperty(l => l.BlockedForPicking, true));
            db.CountTasks.Add(new CountTask { LocationCode = "A-01-01-1", Reason = "short: missing", CreatedUtc = StockFloor.At });
            await db.SaveChangesAsync();
        }

        // Seven mugs found, no yoghurt at all (not named), and two of a lot the books did not know.
        var outcome = await Recount(floor).CountAsync(Header + "A-01-01-1,KUB-0001,7,,,\nA-01-01-1,JOG-0001,2,L9,2027-02-01,\n", countedById: 5);

        Assert.IsType<StockTakeOutcome.Imported>(outcome);
        var onHand = await floor.OnHandAsync();
        Assert.Equal(7, onHand[("A-01-01-1", floor.Skus[StockFloor.Mug], "", null, StockStatus.Available)]);
        Assert.Equal(0, onHand[("A-01-01-1", floor.Skus[StockFloor.Yoghurt], "L1", new DateOnly(2027, 1, 1), StockStatus.Available)]);
        Assert.Equal(2, onHand[("A-01-01-1", floor.Skus[StockFloor.Yoghurt], "L9", new DateOnly(2027, 2, 1), StockStatus.Available)]);
        Assert.Equal(await floor.LedgerSumsAsync(), onHand);
        await using var check = floor.Dbs.CreateDbContext();
        Assert.False(await check.Locations.Where(l => l.Code == "A-01-01-1").Select(l => l.BlockedForPicking).SingleAsync());
        var task = await check.CountTasks.SingleAsync();
        Assert.Equal((StockFloor.At, 5), (task.CountedUtc, task.CountedById));
        Assert.Equal(3, await check.StockMoves.CountAsync(m => m.Reason == StockReasons.Count));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Units_reserved_for_a_pick_list_cannot_be_counted_away_and_nothing_is_stored(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);
        await floor.ApplyAsync(floor.Receive("A-01-02-1", StockFloor.Mug, 5));
        await new StockAllocation(floor.Dbs).ReserveAsync(floor.Skus[StockFloor.Mug], 3);

        var outcome = await Recount(floor).CountAsync(Header + "A-01-02-1,KUB-0001,1,,,\n");

        var problem = Assert.Single(Assert.IsType<StockTakeOutcome.Invalid>(outcome).Problems);
        Assert.Contains("reserved", problem.Message);
        Assert.Equal(5, (await floor.OnHandAsync()).Values.Sum());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_serial_tracked_sku_is_not_recounted_by_quantity_and_its_stock_stays(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);
        await floor.ApplyAsync(
            StockMove.Create(StockFloor.At, floor.Skus[StockFloor.Phone], StockPlace.Outside, StockPlace.AtLocation("A-02-01-1"), 1, StockReasons.Receipt, "PZ-1", serial: "SN1"),
            floor.Receive("A-02-01-1", StockFloor.Mug, 2));

        var refused = await Recount(floor).CountAsync(Header + "A-02-01-1,TEL-0001,0,,,\n");
        var counted = await Recount(floor).CountAsync(Header + "A-02-01-1,KUB-0001,0,,,\n");

        Assert.Equal("sku", Assert.Single(Assert.IsType<StockTakeOutcome.Invalid>(refused).Problems).Column);
        Assert.IsType<StockTakeOutcome.Imported>(counted);
        var onHand = await floor.OnHandAsync();
        Assert.Equal(1, onHand[("A-02-01-1", floor.Skus[StockFloor.Phone], "", null, StockStatus.Available)]);
        Assert.Equal(0, onHand[("A-02-01-1", floor.Skus[StockFloor.Mug], "", null, StockStatus.Available)]);
    }
}
