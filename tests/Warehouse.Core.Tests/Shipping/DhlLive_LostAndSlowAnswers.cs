using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// DHL24 has no idempotency key and no search by reference: getMyShipments lists the account's shipments
/// without references, getLabelsData gives each one's reference. A registration whose answer never came is
/// found that way, never made twice (the POSTs of each operation are counted).
/// </summary>
public sealed class DhlLive_LostAndSlowAnswers : IDisposable
{
    private readonly DhlLoopback _dhl = new();

    public void Dispose() => _dhl.Dispose();

    [Fact]
    public async Task A_shipment_registered_whose_answer_was_lost_is_found_by_reference_and_registered_once()
    {
        var carrier = _dhl.Dhl();
        var request = ShippingSamples.Request(DhlSandbox.Standard);
        _dhl.RegisterOthers(3);
        _dhl.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _dhl.DropAfterCreate = false;
        // What the desk does on its next attempt.
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(request.Reference, found.Reference);
        Assert.Matches("^[0-9]{11}$", found.TrackingNumber);
        Assert.Contains(found.TrackingNumber, found.Label.Zpl);
        Assert.Equal(1, _dhl.Count(DhlProtocol.CreateShipments));
        Assert.Equal((1, 1, 1), (_dhl.Count(DhlProtocol.GetMyShipments), _dhl.Count(DhlProtocol.GetLabelsData), _dhl.Count(DhlProtocol.GetLabels)));
        Assert.Equal(1, _dhl.ShipmentsWithReference(request.Reference));
    }

    [Fact]
    public async Task A_shipment_registered_days_before_the_next_attempt_is_found_from_the_day_the_parcel_was_packed()
    {
        var carrier = _dhl.Dhl();
        var request = ShippingSamples.Request(DhlSandbox.Standard);
        _dhl.DropAfterCreate = true;
        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _dhl.DropAfterCreate = false;
        _dhl.Backdate(request.Reference, days: 3); // the app was down for three days after the lost answer

        var askedFromToday = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);
        var askedFromPacking = await carrier.FindAsync(new ShipmentLookup(request.Reference, DateTime.UtcNow.AddDays(-3)), CancellationToken.None);

        Assert.Null(askedFromToday); // DHL lists by creation date: the window matters
        Assert.NotNull(askedFromPacking);
        Assert.Equal(1, _dhl.ShipmentsWithReference(request.Reference));
    }

    [Fact]
    public async Task A_busy_day_is_searched_page_by_page_until_the_reference_is_found()
    {
        var carrier = _dhl.Dhl();
        var request = ShippingSamples.Request(DhlSandbox.Standard, dpi: 300);
        _dhl.RegisterOthers(DhlProtocol.ShipmentsPerPage + 20);
        _dhl.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _dhl.DropAfterCreate = false;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.Equal(LabelFormats.Pdf, found!.Label.Format); // the 300 dpi station's PDF, as it asked
        Assert.Equal((2, 2), (_dhl.Count(DhlProtocol.GetMyShipments), _dhl.Count(DhlProtocol.GetLabelsData)));
        Assert.Contains("<offset>100</offset>", _dhl.Seen.Last(s => s.Operation == DhlProtocol.GetMyShipments).Envelope);
        Assert.Equal(1, _dhl.ShipmentsWithReference(request.Reference));
    }

    [Fact]
    public async Task A_server_slower_than_the_call_timeout_is_unavailable_and_the_shipment_is_found_later()
    {
        var carrier = _dhl.Dhl();
        var request = ShippingSamples.Request(DhlSandbox.Standard);
        _dhl.CreateDelay = DhlLoopback.SlowerThanTheTimeout;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Timeout, down.Code);
        Assert.Contains("did not answer", down.Message);
        Assert.NotNull(await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None));
        // createShipments is never tried again by the HTTP pipeline: one call, however slow.
        Assert.Equal(1, _dhl.Count(DhlProtocol.CreateShipments));
    }

    [Fact]
    public async Task A_label_call_that_fails_after_the_registration_is_found_on_the_next_attempt_without_registering_again()
    {
        var carrier = _dhl.Dhl();
        var request = ShippingSamples.Request(DhlSandbox.Standard);
        _dhl.Override = op => op == DhlProtocol.GetLabels ? (503, "<html><body>Service Unavailable</body></html>", "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _dhl.Override = null;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.Equal(CarrierProblemCodes.ServerError, down.Code);
        Assert.NotNull(found);
        Assert.Equal(1, _dhl.Count(DhlProtocol.CreateShipments));
        // Labels are retried by the pipeline (1 + 2 retries) before the adapter gives up, then one more on the lookup.
        Assert.Equal(3 + 1, _dhl.Count(DhlProtocol.GetLabels));
    }

    [Fact]
    public async Task Nothing_under_the_reference_is_no_shipment()
    {
        _dhl.RegisterOthers(2);

        Assert.Null(await _dhl.Dhl().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));
    }

    [Fact]
    public async Task A_lookup_DHL_cannot_answer_is_unavailable_not_a_missing_shipment()
    {
        _dhl.Override = op => op == DhlProtocol.GetMyShipments ? (502, "<html><body>Bad Gateway</body></html>", "text/html") : null;

        var unsure = await Assert.ThrowsAsync<CarrierUnavailable>(() => _dhl.Dhl().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.ServerError, unsure.Code);
        Assert.Contains("502", unsure.Message);
    }
}
