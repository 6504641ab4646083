using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

/// <summary>
/// Every scale sends five readings a second, most of them stable at stations with nothing to weigh. Those must
/// never queue behind a scan (the station's lock, SQLite's one writer): a floor of idle scales would slow
/// every scan of the busy stations.
/// </summary>
public sealed class PackingStation_IdleScale(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stable_weight_at_a_station_with_no_order_is_shown_without_waiting_for_a_scan_in_progress(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.ScanAsync(TestFloor.PackerBadge);

        // What a scan being decided at this station holds, on every database.
        using (await floor.Locks.EnterAsync("PACK-01", CancellationToken.None))
        using (await floor.Dbs.Writers.EnterAsync(CancellationToken.None))
        {
            await floor.WeighAsync(1234).WaitAsync(Patience);
        }

        Assert.Equal((1234, true), (floor.Scales.Latest("PACK-01")!.Grams, floor.Scales.Latest("PACK-01")!.Stable));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stable_weight_at_a_station_packing_an_order_waits_its_turn_and_is_judged(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan })
            await floor.ScanAsync(code);

        Task weighed;
        using (await floor.Locks.EnterAsync("PACK-01", CancellationToken.None))
        {
            // WS-1 weighs 490 g in its carton: this reading packs it, so it must be judged after the scan holding the station.
            weighed = floor.WeighAsync(492);
            await Task.Delay(300);
            Assert.False(weighed.IsCompleted, "the weight was decided while a scan held the station");
        }
        await weighed.WaitAsync(Patience);

        Assert.Equal(OrderStatus.Packed, (await floor.OrderAsync("WS-1")).Status);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stable_weight_from_a_station_the_floor_does_not_know_is_refused(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);

        await Assert.ThrowsAsync<UnknownStationException>(() => floor.WeighAsync(500, "PACK-99"));
    }
}
