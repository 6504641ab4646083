using Warehouse.Core.Data;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;
using static Warehouse.Core.Tests.Shipping.LiveDesks;
using static Warehouse.Core.Tests.Shipping.DpdLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A live DPD parcel through the real path: the desk registers it with DPDServices, <see cref="CarrierPolling"/>
/// asks DPDInfoServices about it every round and hands the events to <see cref="ParcelTracking"/>. DPD answers
/// the whole history every time, late events among it: the parcel only ever moves forward, and once delivered
/// it is asked about no more.
/// </summary>
public sealed class DpdLive_TrackingOnTheRoad(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_DPD_parcel_moves_forward_to_delivered_and_late_news_moves_nothing(DatabaseProvider provider)
    {
        var floor = await ShipmentDesk_DpdLive.PackedForDpdAsync(fixture, provider);
        var carriers = _dpd.Carriers();
        await LiveDesks.For(floor, carriers).PassAsync(CancellationToken.None);
        var waybill = (await LiveDesks.OnlyParcelAsync(floor)).TrackingNumber!;
        var polling = Polling(floor, carriers);
        var now = floor.FloorClock.UtcNow;
        var t0 = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)); // DPD writes whole seconds

        _dpd.Record(waybill, new DpdEventRow("040101", Warsaw(t0.AddHours(2))), new DpdEventRow("170101", Warsaw(t0.AddHours(20))));
        var first = await polling.PassAsync(CancellationToken.None);
        // Late news of the depot, and the delivery: DPD answers all four the next time.
        _dpd.Record(waybill, new DpdEventRow("120101", Warsaw(t0.AddHours(10))), new DpdEventRow("190101", Warsaw(t0.AddHours(26))));
        var second = await polling.PassAsync(CancellationToken.None);
        // A stray failed attempt after the delivery: the parcel is delivered, and no longer asked about.
        _dpd.Record(waybill, new DpdEventRow("200201", Warsaw(t0.AddHours(30))));
        var asked = _dpd.Count(GetEvents);
        var third = await polling.PassAsync(CancellationToken.None);

        Assert.Equal((2, 1, 0), (first, second, third));
        Assert.Equal(asked, _dpd.Count(GetEvents));
        await DeliveredOnceAsync(floor, t0.AddHours(26));
    }
}
