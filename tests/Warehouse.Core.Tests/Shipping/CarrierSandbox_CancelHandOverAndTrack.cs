using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierSandbox_CancelHandOverAndTrack
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_shipment_cancels_until_it_is_handed_over_and_then_not()
    {
        var inpost = ShippingSamples.InPost();
        var kept = await inpost.CreateAsync(ShippingSamples.Request("KURIER"), None);
        var dropped = await inpost.CreateAsync(ShippingSamples.Request("KURIER"), None);
        await inpost.CancelAsync(dropped.TrackingNumber, None);
        Assert.Null(await inpost.FindAsync(new ShipmentLookup(dropped.Reference, DateTime.UtcNow), None));

        var handover = await inpost.HandOverAsync([kept.TrackingNumber], None);
        Assert.StartsWith("INPOST-HO-", handover.CarrierReference);
        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => inpost.CancelAsync(kept.TrackingNumber, None));
        Assert.Contains("handed over", refused.Message);
    }

    [Fact]
    public async Task An_unknown_tracking_number_is_refused_everywhere()
    {
        var dpd = ShippingSamples.Dpd();
        await Assert.ThrowsAsync<CarrierRefused>(() => dpd.CancelAsync("1000000000000U", None));
        await Assert.ThrowsAsync<CarrierRefused>(() => dpd.CancelAsync(null!, None));
        await Assert.ThrowsAsync<CarrierRefused>(() => dpd.HandOverAsync(["1000000000000U"], None));
        await Assert.ThrowsAsync<CarrierRefused>(() => dpd.HandOverAsync([], None));
        Assert.Throws<CarrierRefused>(() => dpd.Simulate("1000000000000U", ParcelStatus.Delivered, DateTime.UtcNow));
    }

    [Fact]
    public async Task A_cancelled_shipment_cannot_be_handed_over()
    {
        var gls = ShippingSamples.Gls();
        var shipment = await gls.CreateAsync(ShippingSamples.Request("KURIER"), None);
        await gls.CancelAsync(shipment.TrackingNumber, None);
        await Assert.ThrowsAsync<CarrierRefused>(() => gls.HandOverAsync([shipment.TrackingNumber], None));
    }

    [Fact]
    public async Task A_poll_gives_what_was_simulated_once_and_otherwise_nothing()
    {
        var dhl = ShippingSamples.Dhl();
        var shipment = await dhl.CreateAsync(ShippingSamples.Request("STANDARD"), None);
        Assert.Empty(await dhl.PollAsync([shipment.TrackingNumber], None));

        var at = new DateTime(2026, 4, 7, 9, 30, 0, DateTimeKind.Utc);
        dhl.Simulate(shipment.TrackingNumber, ParcelStatus.InTransit, at);
        dhl.Simulate(shipment.TrackingNumber, ParcelStatus.Delivered, at.AddHours(5));
        var events = await dhl.PollAsync([shipment.TrackingNumber, "99999999999"], None);
        Assert.Equal([ParcelStatus.InTransit, ParcelStatus.Delivered], events.Select(e => e.Status));
        Assert.Empty(await dhl.PollAsync([shipment.TrackingNumber], None));
    }
}
