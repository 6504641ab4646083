using Warehouse.Core.Data;
using Warehouse.Core.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Quality;

public sealed class QcFigures_Today(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_wall_counts_today_s_passes_and_failures_and_the_orders_still_waiting_for_the_bench(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var figures = new QcFigures(qc.Floor.Dbs, qc.Floor.FloorClock);
        await qc.PickedAsync("T-0001", qcRequired: true);
        await qc.PickedAsync("T-0002", qcRequired: true);
        await qc.PickedAsync("T-0003", qcRequired: true);
        var before = await figures.TodayAsync();

        await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan, QcCommands.Pass);
        await qc.AtBenchAsync("T-0002", QcCommands.FailMissing);

        Assert.Equal((0, 0, 3, (int?)null), (before.Passed, before.Failed, before.Waiting, before.PassRatePercent));
        var after = await figures.TodayAsync();
        Assert.Equal((1, 1, 1, (int?)50), (after.Passed, after.Failed, after.Waiting, after.PassRatePercent));
    }
}
