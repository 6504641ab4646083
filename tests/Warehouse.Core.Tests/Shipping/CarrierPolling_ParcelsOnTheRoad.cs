using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierPolling_ParcelsOnTheRoad(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carrier_that_does_not_push_is_asked_and_its_old_news_moves_nothing(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.QueryAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.Number == "WS-1");
            (order.Carrier, order.Service) = ("DPD", "Kurier");
            return await db.SaveChangesAsync();
        });
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(490);
        await floor.CarriersAnswerAsync();
        var parcel = await floor.QueryAsync(db => db.Parcels.AsNoTracking().SingleAsync());
        var dpd = (CarrierSandbox)floor.Carriers.Find("DPD");
        var polling = new CarrierPolling(floor.Dbs, floor.Carriers.All, new ParcelTracking(floor.Dbs, floor.FloorClock, NullLogger<ParcelTracking>.Instance), NullLogger<CarrierPolling>.Instance);
        var t0 = floor.FloorClock.UtcNow;

        dpd.Simulate(parcel.TrackingNumber!, ParcelStatus.InTransit, t0.AddHours(2));
        dpd.Simulate(parcel.TrackingNumber!, ParcelStatus.Delivered, t0.AddHours(20));
        var first = await polling.PassAsync(CancellationToken.None);
        dpd.Simulate(parcel.TrackingNumber!, ParcelStatus.OutForDelivery, t0.AddHours(18)); // late news
        var second = await polling.PassAsync(CancellationToken.None);
        var third = await polling.PassAsync(CancellationToken.None); // delivered: no longer asked

        Assert.Equal((2, 0, 0), (first, second, third));
        var after = await floor.QueryAsync(db => db.Parcels.AsNoTracking().Include(p => p.History).SingleAsync());
        Assert.Equal(ParcelStatus.Delivered, after.Status);
        Assert.Equal([ParcelStatus.LabelRequested, ParcelStatus.Labelled, ParcelStatus.InTransit, ParcelStatus.Delivered], after.History.OrderBy(h => h.Id).Select(h => h.Status));
        // Labelled, in transit, delivered: one fact per move, none for the late news.
        Assert.Equal(3, await floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "parcel.status_changed")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carrier_that_is_down_is_passed_over_and_the_others_are_still_asked(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.QueryAsync(async db =>
        {
            var orders = await db.Orders.Where(o => o.Number == "WS-1" || o.Number == "WS-3").ToListAsync();
            foreach (var order in orders) (order.Carrier, order.Service) = order.Number == "WS-1" ? ("DPD", "Kurier") : ("GLS", "Kurier");
            return await db.SaveChangesAsync();
        });
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(490);
        foreach (var code in new[] { "WS-3", TestFloor.MugEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(450);
        await floor.CarriersAnswerAsync();
        var parcels = await floor.QueryAsync(db => db.Parcels.AsNoTracking().ToDictionaryAsync(p => p.CarrierCode!, p => p.TrackingNumber!));
        var dpd = (CarrierSandbox)floor.Carriers.Find("DPD");
        var gls = (CarrierSandbox)floor.Carriers.Find("GLS");
        var polling = new CarrierPolling(floor.Dbs, floor.Carriers.All, new ParcelTracking(floor.Dbs, floor.FloorClock, NullLogger<ParcelTracking>.Instance), NullLogger<CarrierPolling>.Instance);
        var t0 = floor.FloorClock.UtcNow;
        dpd.Simulate(parcels["DPD"], ParcelStatus.InTransit, t0.AddHours(2));
        gls.Simulate(parcels["GLS"], ParcelStatus.InTransit, t0.AddHours(3));

        // DPD is asked before GLS: a failure that stopped the round would keep GLS's news back too.
        var order = floor.Carriers.All.Select(c => c.Code).ToList();
        Assert.True(order.IndexOf("DPD") < order.IndexOf("GLS"), string.Join(", ", order));
        dpd.Outage = "HTTP 503 Service Unavailable";
        var whileDown = await polling.PassAsync(CancellationToken.None);
        dpd.Outage = null;
        var back = await polling.PassAsync(CancellationToken.None);

        Assert.Equal((1, 1), (whileDown, back));
        var statuses = await floor.QueryAsync(db => db.Parcels.AsNoTracking().ToDictionaryAsync(p => p.CarrierCode!, p => p.Status));
        Assert.Equal(ParcelStatus.InTransit, statuses["DPD"]);
        Assert.Equal(ParcelStatus.InTransit, statuses["GLS"]);
    }
}
