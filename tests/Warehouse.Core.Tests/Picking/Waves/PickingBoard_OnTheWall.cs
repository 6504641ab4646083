using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Waves;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Waves;

public sealed class PickingBoard_OnTheWall(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_released_wave_shows_its_lines_done_of_all_and_shorts_count_from_todays_count_tasks(DatabaseProvider provider)
    {
        var floor = await PickingFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive("A-01-02-1", StockFloor.Mug, 10), s.Receive("A-02-01-1", StockFloor.Mug, 1));
        await floor.OrderAsync((StockFloor.Mug, 2));
        await floor.OrderAsync((StockFloor.Mug, 9)); // 8 left at one face, 1 at the other: two lines
        var board = new PickingBoard(floor.Dbs, floor.Clock);

        var wave = Assert.IsType<WaveOutcome.Released>(await floor.Waves.ReleaseAsync(floor.Rule(), null)).Wave;
        var before = await board.LoadAsync();
        await using (var db = floor.Dbs.CreateDbContext())
        {
            await db.PickLines.Where(l => l.Quantity == 2).ExecuteUpdateAsync(x => x.SetProperty(l => l.Picked, 2));
            db.CountTasks.Add(new CountTask { LocationCode = "A-02-01-1", Reason = "short: missing", CreatedUtc = StockFloor.At });
            await db.SaveChangesAsync();
        }
        var after = await board.LoadAsync();

        Assert.Equal((wave.Number, 2, 0, 3), Row(Assert.Single(before.Waves)));
        Assert.Equal((wave.Number, 2, 1, 3), Row(Assert.Single(after.Waves)));
        Assert.Equal((0, 1), (before.ShortPicksToday, after.ShortPicksToday));
        Assert.Empty(after.Pickers);
    }

    private static (string, int, int, int) Row(WaveProgressRow w) => (w.Number, w.Orders, w.LinesDone, w.Lines);
}
