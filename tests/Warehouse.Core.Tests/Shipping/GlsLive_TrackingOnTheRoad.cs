using Warehouse.Core.Data;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;
using static Warehouse.Core.Tests.Shipping.LiveDesks;
using static Warehouse.Core.Tests.Shipping.GlsTrackAndTraceLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A live GLS parcel through the real path: the desk inserts it into ADE Plus (<see cref="GlsLoopback"/>), and
/// <see cref="CarrierPolling"/> asks GLS Track&amp;Trace (<see cref="GlsTrackAndTraceLoopback"/>) about the parcel number ADE
/// gave, every round, handing the events to <see cref="ParcelTracking"/>. GLS answers the whole history every time, late
/// events among it: the parcel only ever moves forward, and once delivered it is asked about no more.
/// </summary>
public sealed class GlsLive_TrackingOnTheRoad(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly GlsLoopback _ade = new();
    private readonly GlsTrackAndTraceLoopback _tracking = new();

    public void Dispose()
    {
        _ade.Dispose();
        _tracking.Dispose();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_GLS_parcel_moves_forward_to_delivered_and_late_news_moves_nothing(DatabaseProvider provider)
    {
        var floor = await PackedForAsync(fixture, provider, "GLS", "KURIER");
        var carriers = _ade.Carriers(_tracking.Settings());
        await For(floor, carriers).PassAsync(CancellationToken.None);
        var number = (await OnlyParcelAsync(floor)).TrackingNumber!;
        var polling = Polling(floor, carriers);
        var now = floor.FloorClock.UtcNow;
        var t0 = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)); // GLS writes whole seconds

        _tracking.Record(number, new Scan("0.0", Warsaw(t0.AddHours(2))), new Scan("11.0", Warsaw(t0.AddHours(20))));
        var first = await polling.PassAsync(CancellationToken.None);
        // Late news of a parcel center, and the delivery: GLS answers all four the next time.
        _tracking.Record(number, new Scan("2.0", Warsaw(t0.AddHours(10))), new Scan("3.0", Warsaw(t0.AddHours(26))));
        var second = await polling.PassAsync(CancellationToken.None);
        // A stray status after the delivery: the parcel is delivered, and no longer asked about.
        _tracking.Status(number, "NOTDELIVERED", Warsaw(t0.AddHours(30)));
        var asked = _tracking.Calls;
        var third = await polling.PassAsync(CancellationToken.None);

        Assert.Equal((2, 1, 0), (first, second, third));
        Assert.Equal(asked, _tracking.Calls);
        Assert.EndsWith("/tracking/references/" + number, _tracking.Seen.First().Path); // the parcel number ADE gave, as GLS takes it
        await DeliveredOnceAsync(floor, t0.AddHours(26));
    }
}
