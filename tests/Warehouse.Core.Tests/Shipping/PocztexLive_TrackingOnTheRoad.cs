using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;
using static Warehouse.Core.Tests.Shipping.SledzenieLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A live Pocztex parcel through the real path: the desk adds it to e-Nadawca (<see cref="PocztexLoopback"/>),
/// <see cref="CarrierPolling"/> asks Poczta Polska's tracking (<see cref="SledzenieLoopback"/>) about it every round and
/// hands the events to <see cref="ParcelTracking"/>. The service answers the whole history every time, late events
/// among it: the parcel only ever moves forward, and once delivered it is asked about no more.
/// </summary>
public sealed class PocztexLive_TrackingOnTheRoad(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    private readonly PocztexLoopback _en = new();
    private readonly SledzenieLoopback _tt = new();

    public void Dispose()
    {
        _en.Dispose();
        _tt.Dispose();
    }

    /// <summary>An instant as Poczta Polska writes it: Warsaw wall-clock time to the minute, no offset.</summary>
    private static string Czas(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Warsaw).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_Pocztex_parcel_moves_forward_to_delivered_and_late_news_moves_nothing(DatabaseProvider provider)
    {
        var floor = await LiveDesks.PackedForAsync(fixture, provider, "POCZTEX", "KURIER");
        var carriers = _en.Carriers(_tt.Settings());
        await LiveDesks.For(floor, carriers).PassAsync(CancellationToken.None);
        var number = (await LiveDesks.OnlyParcelAsync(floor)).TrackingNumber!;
        var polling = LiveDesks.Polling(floor, carriers);
        var now = floor.FloorClock.UtcNow;
        var t0 = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)); // Poczta Polska writes whole minutes

        _tt.Record(number, new Event("P_NAD", Czas(t0.AddHours(2))), new Event("P_WD", Czas(t0.AddHours(20))));
        var first = await polling.PassAsync(CancellationToken.None);
        // Late news of a sorting centre, and the delivery: the service answers all four the next time.
        _tt.Record(number, new Event("P_WZL", Czas(t0.AddHours(10))), new Event("P_D", Czas(t0.AddHours(26)), Konczace: true));
        var second = await polling.PassAsync(CancellationToken.None);
        // A stray notice after the delivery: the parcel is delivered, and no longer asked about.
        _tt.Record(number, new Event("P_A", Czas(t0.AddHours(30))));
        var asked = _tt.Count(Check);
        var third = await polling.PassAsync(CancellationToken.None);

        Assert.Equal((2, 1, 0), (first, second, third));
        Assert.Equal(asked, _tt.Count(Check));
        var parcel = await floor.QueryAsync(db => db.Parcels.AsNoTracking().Include(p => p.History).SingleAsync());
        Assert.Equal((ParcelStatus.Delivered, t0.AddHours(26)), (parcel.Status, parcel.StatusUtc));
        Assert.Equal([ParcelStatus.LabelRequested, ParcelStatus.Labelled, ParcelStatus.InTransit, ParcelStatus.OutForDelivery, ParcelStatus.Delivered],
            parcel.History.OrderBy(h => h.Id).Select(h => h.Status));
        Assert.Equal(4, await floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "parcel.status_changed")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_a_tracking_user_Pocztex_still_ships_and_its_parcels_keep_their_status(DatabaseProvider provider)
    {
        var floor = await LiveDesks.PackedForAsync(fixture, provider, "POCZTEX", "KURIER");
        var carriers = _en.Carriers(("Shipping:Carriers:POCZTEX:TrackingUrl", _tt.BaseUrl.AbsoluteUri));
        await LiveDesks.For(floor, carriers).PassAsync(CancellationToken.None);
        var number = (await LiveDesks.OnlyParcelAsync(floor)).TrackingNumber!;
        _tt.Record(number, new Event("P_NAD", "2026-05-16 14:05"));
        var polling = LiveDesks.Polling(floor, carriers);

        var moved = await polling.PassAsync(CancellationToken.None);

        Assert.Equal(0, moved);
        Assert.Equal(0, _tt.Count(Check));
        Assert.Equal(ParcelStatus.Labelled, (await LiveDesks.OnlyParcelAsync(floor)).Status);
    }
}
