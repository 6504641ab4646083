using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>
/// Which facts make which notices: one per (order or parcel, kind), so a fact delivered twice —
/// at least once is the outbox's promise — makes no second notice and no second e-mail.
/// </summary>
public sealed class Notices_FactsToNotices(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_same_fact_delivered_twice_makes_one_notice_and_one_email(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("PL-1");
        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "PL-1"));
        await floor.PassAsync();
        await floor.DeliverAsync();

        // The consumer crashed after handling the fact and before its checkpoint moved: it gets the fact again.
        await using (var db = floor.Dbs.CreateDbContext())
            await db.FactCheckpoints.Where(c => c.Consumer == NoticeConsumer.ConsumerName).ExecuteUpdateAsync(s => s.SetProperty(c => c.Sequence, c => c.Sequence - 1));
        Assert.Equal(1, await floor.PassAsync());
        await floor.Consumer.HandleAsync(new OrderPacked(floor.Now, "PACK-01", "PL-1"), CancellationToken.None);
        await floor.DeliverAsync();

        Assert.Single(await floor.NoticesAsync());
        Assert.Single(NoticeFloor.Received(smtp));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_handed_over_is_shipped_once_with_the_tracking_link_then_out_for_delivery_and_delivered(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("PL-2");
        ParcelStatusChanged Moved(ParcelStatus from, ParcelStatus to) => new(floor.Now, null, "PL-2", 41, "INPOST", "6800123456789", from, to);

        await floor.FactAsync(
            Moved(ParcelStatus.LabelRequested, ParcelStatus.Labelled),
            Moved(ParcelStatus.Labelled, ParcelStatus.Manifested),
            Moved(ParcelStatus.Manifested, ParcelStatus.InTransit),
            Moved(ParcelStatus.InTransit, ParcelStatus.OutForDelivery),
            Moved(ParcelStatus.OutForDelivery, ParcelStatus.FailedAttempt),
            Moved(ParcelStatus.FailedAttempt, ParcelStatus.Delivered));
        await floor.PassAsync();
        await floor.DeliverAsync();

        var notices = await floor.NoticesAsync();
        Assert.Equal([NoticeKind.Shipped, NoticeKind.OutForDelivery, NoticeKind.FailedAttempt, NoticeKind.Delivered], notices.Select(n => n.Kind));
        Assert.All(notices, n => Assert.Equal(41, n.ParcelId));
        var shipped = NoticeFloor.Received(smtp).Single(m => m.Subject?.Contains("w drodze") == true);
        Assert.Contains("https://sklep.example.pl/t/6800123456789", shipped.TextBody);
        Assert.Contains("href=\"https://sklep.example.pl/t/6800123456789\"", shipped.HtmlBody);
        Assert.Equal(4, smtp.ReceivedEmailCount);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_order_not_packed_by_its_ship_by_time_is_told_once_that_it_is_delayed(DatabaseProvider provider)
    {
        var floor = await NoticeFloor.CreateAsync(fixture, provider, NoticeFloor.FreePort());
        await floor.OrderAsync("LATE-1", shipIn: TimeSpan.FromHours(2));
        await floor.OrderAsync("ONTIME-1", shipIn: TimeSpan.FromHours(5));

        Assert.Equal(0, await floor.Delays.CheckAsync(CancellationToken.None));
        floor.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await floor.Delays.CheckAsync(CancellationToken.None));
        floor.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await floor.Delays.CheckAsync(CancellationToken.None));

        Assert.Equal("LATE-1", Assert.Single(await floor.NoticesAsync(), n => n.Kind == NoticeKind.Delayed).OrderNumber);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_packed_order_whose_parcel_is_still_on_the_dock_at_its_ship_by_time_is_delayed_and_one_handed_over_is_not(DatabaseProvider provider)
    {
        var floor = await NoticeFloor.CreateAsync(fixture, provider, NoticeFloor.FreePort());
        await floor.PackedAsync("DOCK-1", shipIn: TimeSpan.FromHours(2), handedOver: false);
        await floor.PackedAsync("GONE-1", shipIn: TimeSpan.FromHours(2), handedOver: true);

        floor.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await floor.Delays.CheckAsync(CancellationToken.None));
        Assert.Equal(0, await floor.Delays.CheckAsync(CancellationToken.None));

        Assert.Equal("DOCK-1", Assert.Single(await floor.NoticesAsync(), n => n.Kind == NoticeKind.Delayed).OrderNumber);
    }
}
