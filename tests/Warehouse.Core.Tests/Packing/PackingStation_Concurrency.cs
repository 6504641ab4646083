using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_Concurrency(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_stations_opening_one_order_at_once_end_with_one_owner_and_a_clear_refusal(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.ScanAsync(TestFloor.PackerBadge, station: "PACK-01");
        await floor.ScanAsync(TestFloor.OtherPackerBadge, station: "PACK-02");
        var otherInstance = new TestFloor(floor.Database, floor.Clock);

        var results = await Task.WhenAll(
            floor.Pipeline.ScanAsync(new ScanRequest("PACK-01", "a", "WS-1")),
            otherInstance.Pipeline.ScanAsync(new ScanRequest("PACK-02", "b", "WS-1")));

        Assert.Single(results, r => r.Message.Code == Codes.OrderOpened);
        var refused = Assert.Single(results, r => r.Message.Code == Codes.OrderOpenElsewhere);
        var order = await floor.OrderAsync("WS-1");
        Assert.Equal(order.ClaimedByStation, refused.Message.Args[1]);
        Assert.Contains(refused.Message.Args[2], new[] { "Anna Kowalska", "Piotr Nowak" });
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_cancellation_during_packing_stops_the_station_and_nothing_is_printed(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3" }) await floor.ScanAsync(code);
        var heard = new List<string>();
        using var subscription = floor.Events.Subscribe(e =>
        {
            if (e is OrderStopped { StationCode: "PACK-01", Reason: var m }) heard.Add(m.Code);
            return Task.CompletedTask;
        });

        var stopped = await floor.Stops.StopAsync("WS-3", StopKind.Cancel, "customer changed their mind");
        var item = await floor.ScanAsync(TestFloor.MugEan);
        await floor.WeighAsync(450);
        var complete = await floor.ScanAsync(CommandCodes.Complete);

        await floor.DeliveredAsync();
        Assert.Equal(StopOutcome.Stopped, stopped);
        Assert.Contains("order.cancelled", heard);
        Assert.Equal((ScanOutcome.Refused, Codes.OrderStoppedPutAside), (item.Outcome, item.Message.Code));
        Assert.Equal(ScanOutcome.Refused, complete.Outcome);
        var order = await floor.OrderAsync("WS-3");
        Assert.Equal((OrderStatus.Cancelled, 0), (order.Status, order.Parcels.Count));
        Assert.Equal(0, await floor.QueryAsync(db => db.PrintJobs.CountAsync()));

        var close = await floor.ScanAsync(CommandCodes.Cancel);
        Assert.Equal(Codes.OrderClosed, close.Message.Code);
        Assert.Equal(Codes.NextScanOrder, close.Next.Code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Cancelling_a_shipped_order_is_refused(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        // No step manifests an order yet (shipping adds it): put it there by hand.
        await floor.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "Orders" SET "Status" = 'Manifested' WHERE "Number" = 'WS-2'"""));

        Assert.Equal(StopOutcome.TooLate, await floor.Stops.StopAsync("WS-2", StopKind.Cancel, null));
        Assert.Equal(StopOutcome.NotFound, await floor.Stops.StopAsync("NOPE", StopKind.Hold, null));
    }
}
