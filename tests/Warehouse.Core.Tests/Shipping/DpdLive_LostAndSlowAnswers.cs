using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// DPDServices has no idempotency key and no search, but it prints labels by the reference we gave a
/// parcel (generateSpedLabelsV4 with <c>parcels/reference</c>; t3ko/dpd-pl-api-php README,
/// "GenerateLabelsRequest::fromReferences"), answering NOT_FOUND (statusDGREnumV1) when there is none:
/// a registration whose answer never came is found that way, never made twice.
/// </summary>
public sealed class DpdLive_LostAndSlowAnswers : IDisposable
{
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    [Fact]
    public async Task A_parcel_registered_whose_answer_was_lost_is_found_by_reference_and_registered_once()
    {
        var carrier = _dpd.Dpd();
        var request = ShippingSamples.Request(DpdSandbox.Courier);
        _dpd.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _dpd.DropAfterCreate = false;
        // What the desk does on its next attempt.
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(request.Reference, found.Reference);
        Assert.Matches("^[0-9]{13}Q$", found.TrackingNumber);
        Assert.Contains(found.TrackingNumber, found.Label.Zpl);
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateNumbers));
        Assert.Equal(1, _dpd.ParcelsWithReference(request.Reference));
        Assert.Contains($"<reference>{request.Reference}</reference>", _dpd.Seen.Last().Envelope);
    }

    [Fact]
    public async Task A_server_slower_than_the_call_timeout_is_unavailable_and_the_parcel_is_found_later()
    {
        var carrier = _dpd.Dpd();
        var request = ShippingSamples.Request(DpdSandbox.Courier);
        _dpd.CreateDelay = DpdLoopback.SlowerThanTheTimeout;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        Assert.Equal(CarrierProblemCodes.Timeout, down.Code);
        Assert.Contains("did not answer", down.Message);
        Assert.NotNull(await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None));
        // The registration is never tried again by the HTTP pipeline: one call, however slow.
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateNumbers));
    }

    [Fact]
    public async Task A_label_call_that_fails_after_the_registration_is_found_on_the_next_attempt_without_registering_again()
    {
        var carrier = _dpd.Dpd();
        var request = ShippingSamples.Request(DpdSandbox.Courier);
        _dpd.Override = op => op == DpdProtocol.GenerateLabels ? (503, "<html><body>Service Unavailable</body></html>", "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _dpd.Override = null;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.Equal(CarrierProblemCodes.ServerError, down.Code);
        Assert.NotNull(found);
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateNumbers));
        // Labels are retried by the pipeline (1 + 2 retries) before the adapter gives up.
        Assert.Equal(3 + 1, _dpd.Count(DpdProtocol.GenerateLabels));
    }

    [Fact]
    public async Task A_lost_answer_for_a_300_dpi_station_is_found_with_the_PDF_label_it_asked_for()
    {
        var carrier = _dpd.Dpd();
        var request = ShippingSamples.Request(DpdSandbox.Courier, dpi: 300);
        _dpd.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _dpd.DropAfterCreate = false;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.Equal(LabelFormats.Pdf, found!.Label.Format);
        Assert.Equal(1, _dpd.ParcelsWithReference(request.Reference));
    }

    [Fact]
    public async Task Nothing_under_the_reference_is_no_shipment() =>
        Assert.Null(await _dpd.Dpd().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));

    [Fact]
    public async Task A_lookup_DPD_cannot_answer_is_unavailable_not_a_missing_shipment()
    {
        _dpd.Override = _ => (200, DpdLoopback.Envelope("generateSpedLabelsV4Response",
            "<session><sessionId>7</sessionId><statusInfo><status>DB_ERROR</status><description>Błąd bazy danych</description></statusInfo></session>"), "text/xml");

        var unsure = await Assert.ThrowsAsync<CarrierUnavailable>(() => _dpd.Dpd().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));

        Assert.Contains("DB_ERROR", unsure.Message);
        Assert.Contains("Błąd bazy danych", unsure.Message);
    }
}
