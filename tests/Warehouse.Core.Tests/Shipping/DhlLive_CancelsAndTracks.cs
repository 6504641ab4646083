using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// deleteShipments until the courier takes the parcel (then DHL's reason, refused); no courier booked and no
/// document at handover; getTrackAndTraceInfo's events mapped to our statuses, one call per shipment.
/// </summary>
public sealed class DhlLive_CancelsAndTracks : IDisposable
{
    private readonly DhlLoopback _dhl = new();

    public void Dispose() => _dhl.Dispose();

    [Fact]
    public async Task A_shipment_the_courier_has_not_taken_is_deleted_at_DHL()
    {
        var carrier = _dhl.Dhl();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None);

        await carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None);

        Assert.True(_dhl.IsDeleted(shipment.TrackingNumber));
        Assert.Contains($"<shipments><item>{shipment.TrackingNumber}</item></shipments>", _dhl.Seen.Last().Envelope);
    }

    [Fact]
    public async Task A_shipment_the_courier_took_is_refused_with_DHLs_reason()
    {
        var carrier = _dhl.Dhl();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None);
        _dhl.TakeByCourier(shipment.TrackingNumber);

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None));

        Assert.Contains("odebrana przez kuriera", refused.Message);
        Assert.False(_dhl.IsDeleted(shipment.TrackingNumber));
        Assert.Equal(1, _dhl.Count(DhlProtocol.DeleteShipments));
    }

    [Fact]
    public async Task A_delete_DHL_does_not_answer_is_unavailable_and_sent_once()
    {
        var carrier = _dhl.Dhl();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None);
        _dhl.Override = op => op == DhlProtocol.DeleteShipments ? (503, "<html>Service Unavailable</html>", "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.ServerError, down.Code);
        Assert.Equal(1, _dhl.Count(DhlProtocol.DeleteShipments));
    }

    [Fact]
    public async Task The_handover_books_no_courier_and_has_no_document()
    {
        var carrier = _dhl.Dhl();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None);
        var before = _dhl.Seen.Count;

        var handover = await carrier.HandOverAsync([shipment.TrackingNumber], CancellationToken.None);

        Assert.Equal(new CarrierHandover(null, null), handover);
        Assert.Equal(before, _dhl.Seen.Count);
    }

    [Fact]
    public async Task Tracking_events_are_mapped_to_our_statuses_in_UTC()
    {
        var carrier = _dhl.Dhl();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None);
        _dhl.Events[shipment.TrackingNumber] =
        [
            ("DWP", "2026-12-03 16:05:00"), ("SORT", "2026-12-03 22:40:31"), ("LK", "2026-12-04 07:40:31"),
            ("AWI", "2026-12-04 12:00:00"), ("DOR", "2026-12-05 10:15:00"), ("ZWR", "2026-12-20 09:00:00"),
        ];

        var events = await carrier.PollAsync([shipment.TrackingNumber], CancellationToken.None);

        Assert.Equal(
            [ParcelStatus.InTransit, ParcelStatus.InTransit, ParcelStatus.OutForDelivery, ParcelStatus.FailedAttempt, ParcelStatus.Delivered, ParcelStatus.Returned],
            events.Select(e => e.Status));
        Assert.All(events, e => Assert.Equal(shipment.TrackingNumber, e.TrackingNumber));
        // 07:40:31 in Warsaw in December (CET, UTC+1).
        Assert.Equal(new DateTime(2026, 12, 4, 6, 40, 31, DateTimeKind.Utc), events[2].AtUtc);
        Assert.False(carrier.PushesEvents);
    }

    [Fact]
    public async Task A_code_we_do_not_know_or_a_time_we_cannot_read_moves_nothing()
    {
        var carrier = _dhl.Dhl();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None);
        _dhl.Events[shipment.TrackingNumber] = [("XYZ", "2026-12-04 07:40:31"), ("DOR", "yesterday"), ("MAG", "2026-12-04 07:40")];

        var events = await carrier.PollAsync([shipment.TrackingNumber], CancellationToken.None);

        Assert.Equal(ParcelStatus.InTransit, Assert.Single(events).Status);
    }

    [Fact]
    public async Task A_number_DHL_does_not_know_is_skipped_and_the_others_are_polled()
    {
        var carrier = _dhl.Dhl();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None);
        _dhl.Events[shipment.TrackingNumber] = [("DOR", "2026-12-05 10:15:00")];

        var events = await carrier.PollAsync(["10000000000", shipment.TrackingNumber], CancellationToken.None);

        Assert.Equal(ParcelStatus.Delivered, Assert.Single(events).Status);
        // DHL's fault comes with a 500, which the read client retries before the number is skipped.
        Assert.Contains(_dhl.Seen, s => s.Operation == DhlProtocol.GetTrackAndTraceInfo && s.Envelope.Contains("10000000000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_poll_with_a_refused_login_is_about_our_settings()
    {
        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() =>
            _dhl.Dhl(("Shipping:Carriers:DHL:ApiToken", "wrong")).PollAsync(["10000000000"], CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
    }
}
