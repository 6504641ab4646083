using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Pocztex;
using Warehouse.Core.Shipping.Carriers.Pocztex.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// e-Nadawca has no idempotency key, but the parcel's guid is ours, made from the SSCC: a parcel added whose
/// answer never came is found in the buffer by that guid, never added twice (the addShipment calls are counted).
/// </summary>
public sealed class PocztexLive_LostAndSlowAnswers : IDisposable
{
    private readonly PocztexLoopback _pp = new();

    public void Dispose() => _pp.Dispose();

    [Fact]
    public async Task A_parcel_added_whose_answer_was_lost_is_found_by_its_guid_and_added_once()
    {
        var carrier = _pp.Pocztex();
        var request = ShippingSamples.Request(PocztexSandbox.Courier);
        _pp.AddOther();
        _pp.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _pp.DropAfterCreate = false;
        // What the desk does on its next attempt.
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(request.Reference, found.Reference);
        Assert.Contains(found.TrackingNumber, found.Label.Zpl);
        Assert.Equal(1, _pp.Count(PocztexProtocol.AddShipment));
        Assert.Equal(1, _pp.ParcelsWithReference(request.Reference));
    }

    [Fact]
    public async Task A_server_slower_than_the_call_timeout_is_unavailable_and_the_parcel_is_found_later()
    {
        var carrier = _pp.Pocztex();
        var request = ShippingSamples.Request(PocztexSandbox.Courier, dpi: 300);
        _pp.CreateDelay = PocztexLoopback.SlowerThanTheTimeout;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Timeout, down.Code);
        Assert.Contains("did not answer", down.Message);
        Assert.Equal(LabelFormats.Zpl300, (await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None))!.Label.Format);
        // addShipment is never tried again by the HTTP pipeline: one call, however slow.
        Assert.Equal(1, _pp.Count(PocztexProtocol.AddShipment));
    }

    [Fact]
    public async Task A_label_call_that_fails_after_the_add_is_found_on_the_next_attempt_without_adding_again()
    {
        var carrier = _pp.Pocztex();
        var request = ShippingSamples.Request(PocztexSandbox.Courier);
        _pp.Override = op => op == PocztexProtocol.PrintForParcel ? (503, "<html><body>Service Unavailable</body></html>", "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _pp.Override = null;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.Equal(CarrierProblemCodes.ServerError, down.Code);
        Assert.NotNull(found);
        Assert.Equal(1, _pp.Count(PocztexProtocol.AddShipment));
        // Labels are retried by the pipeline (1 + 2 retries) before the adapter gives up, then one more on the lookup.
        Assert.Equal(3 + 1, _pp.Count(PocztexProtocol.PrintForParcel));
    }

    [Fact]
    public async Task Nothing_under_the_guid_is_no_shipment()
    {
        _pp.AddOther();

        Assert.Null(await _pp.Pocztex().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));
    }

    [Fact]
    public async Task A_buffer_e_Nadawca_cannot_list_is_unavailable_not_a_missing_shipment()
    {
        _pp.Override = op => op == PocztexProtocol.EnvelopeBufor ? (502, "<html><body>Bad Gateway</body></html>", "text/html") : null;

        var unsure = await Assert.ThrowsAsync<CarrierUnavailable>(() => _pp.Pocztex().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.ServerError, unsure.Code);
        Assert.Contains("502", unsure.Message);
    }

    [Fact]
    public async Task An_error_inside_the_buffer_listing_makes_the_lookup_unsure()
    {
        _pp.Override = op => op == PocztexProtocol.EnvelopeBufor
            ? (200, PocztexLoopback.Envelope(PocztexProtocol.EnvelopeBufor, PocztexLoopback.Error(9001, "Błąd wewnętrzny systemu")), "text/xml")
            : null;

        var unsure = await Assert.ThrowsAsync<CarrierUnavailable>(() => _pp.Pocztex().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.NotConfirmed, unsure.Code);
        Assert.Contains("Błąd wewnętrzny systemu", unsure.Message);
    }
}
