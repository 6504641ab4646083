using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// The carrier's events about a customer's return parcel, pushed or polled like a parcel's: the first
/// scan moves the return to "in transit" and is kept as the proof of sending, even when it arrives late.
/// </summary>
public sealed class ReturnsOnTheRoad_CarrierEvents(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static async Task<(ReturnFloor Floor, CustomerReturn Return)> LabelledAsync(DatabaseFixture fixture, DatabaseProvider provider, DropOff dropOff)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var declared = await floor.DeclareAsync(floor.Withdrawal(dropOff, new ReturnRequestLine(floor.Mugs, 1, ReturnReason.TooSmall, null)));
        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        var labelled = await ReadAsync(floor, declared.ReturnNumber!);
        Assert.Equal(ReturnStatus.LabelIssued, labelled.Status);
        return (floor, labelled);
    }

    private static Task<CustomerReturn> ReadAsync(ReturnFloor floor, string rma) =>
        floor.Floor.QueryAsync(db => db.Returns.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Number == rma));

    private static ParcelTracking Tracking(ReturnFloor floor) => new(floor.Floor.Dbs, floor.Floor.FloorClock, NullLogger<ParcelTracking>.Instance, new ReturnsOnTheRoad());

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_polled_carrier_s_first_scan_puts_the_return_in_transit_and_ends_the_refund_hold(DatabaseProvider provider)
    {
        var (floor, labelled) = await LabelledAsync(fixture, provider, DropOff.CourierPickup);
        var carrier = (CarrierSandbox)floor.Floor.Carriers.Find(labelled.CarrierCode);
        Assert.False(carrier.PushesEvents);
        var polling = new CarrierPolling(floor.Floor.Dbs, floor.Floor.Carriers.All, Tracking(floor), NullLogger<CarrierPolling>.Instance);
        var t0 = floor.Floor.FloorClock.UtcNow;
        Assert.True(RefundDeadline.For(labelled).Held);

        carrier.Simulate(labelled.TrackingNumber!, ParcelStatus.Labelled, t0.AddHours(1)); // not a scan
        carrier.Simulate(labelled.TrackingNumber!, ParcelStatus.InTransit, t0.AddHours(5));
        var first = await polling.PassAsync(CancellationToken.None);
        carrier.Simulate(labelled.TrackingNumber!, ParcelStatus.Manifested, t0.AddHours(3)); // an earlier scan, told late
        var second = await polling.PassAsync(CancellationToken.None);
        carrier.Simulate(labelled.TrackingNumber!, ParcelStatus.OutForDelivery, t0.AddHours(30));
        var third = await polling.PassAsync(CancellationToken.None);

        Assert.Equal((1, 1, 0), (first, second, third));
        var after = await ReadAsync(floor, labelled.Number);
        Assert.Equal(ReturnStatus.InTransit, after.Status);
        Assert.Equal(t0.AddHours(3), after.FirstCarrierScanUtc);
        Assert.Equal([ReturnStatus.Declared, ReturnStatus.LabelIssued, ReturnStatus.InTransit], after.History.OrderBy(h => h.Id).Select(h => h.Status));
        var deadline = RefundDeadline.For(after);
        Assert.False(deadline.Held);
        Assert.Equal(after.DeclaredUtc + RefundDeadline.Period, deadline.DueUtc);
        Assert.Equal(1, await floor.Floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "return.in_transit")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_pushed_event_about_a_return_is_taken_once_and_a_return_at_the_desk_is_no_longer_polled(DatabaseProvider provider)
    {
        var (floor, labelled) = await LabelledAsync(fixture, provider, DropOff.InPostLocker);
        var tracking = Tracking(floor);
        var t0 = floor.Floor.FloorClock.UtcNow;
        CarrierEvent[] events = [new(labelled.TrackingNumber!, ParcelStatus.InTransit, t0.AddHours(2)), new("600000000000000000000999", ParcelStatus.InTransit, t0)];

        var taken = await tracking.TakeWebhookAsync(labelled.CarrierCode, "sig-1", events, CancellationToken.None);
        var replayed = await tracking.TakeWebhookAsync(labelled.CarrierCode, "sig-1", events, CancellationToken.None);
        var otherCarrier = await tracking.TakeWebhookAsync(CarrierCodes.Dpd, "sig-2", events, CancellationToken.None);

        Assert.Equal(new ParcelTracking.Taken(false, 1, 0, 1), taken);
        Assert.True(replayed.Replayed);
        Assert.Equal(new ParcelTracking.Taken(false, 0, 0, 2), otherCarrier); // a tracking number is the carrier's own
        Assert.Equal(ReturnStatus.InTransit, (await ReadAsync(floor, labelled.Number)).Status);

        await floor.AtDeskAsync(ReturnFloor.ClerkBadge, labelled.Number);
        Assert.Equal(ReturnStatus.Received, (await ReadAsync(floor, labelled.Number)).Status);
        var late = await tracking.TakeWebhookAsync(labelled.CarrierCode, "sig-3",
            [new CarrierEvent(labelled.TrackingNumber!, ParcelStatus.Delivered, t0.AddHours(40))], CancellationToken.None);
        Assert.Equal(new ParcelTracking.Taken(false, 0, 1, 0), late);
        var after = await ReadAsync(floor, labelled.Number);
        Assert.Equal((ReturnStatus.Received, t0.AddHours(2)), (after.Status, after.FirstCarrierScanUtc));
        Assert.Equal(1, await floor.Floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "return.in_transit")));
    }
}
