using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// ADE has no idempotency key and no search by reference: the preparing box is listed (GetConsignIDs, newest
/// first) and each consignment read (GetConsign) until one has our reference. An insert whose answer never came
/// is found that way, never made twice (the inserts are counted).
/// </summary>
public sealed class GlsLive_LostAndSlowAnswers : IDisposable
{
    private readonly GlsLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    [Fact]
    public async Task A_consignment_inserted_whose_answer_was_lost_is_found_by_reference_and_inserted_once()
    {
        var carrier = _gls.Gls();
        var request = ShippingSamples.Request(GlsSandbox.Courier);
        _gls.InsertOthers(3);
        _gls.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _gls.DropAfterCreate = false;
        // What the desk does on its next attempt.
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(request.Reference, found.Reference);
        Assert.Contains(found.TrackingNumber, found.Label.Zpl);
        Assert.Equal(1, _gls.Count(GlsProtocol.Insert));
        // Ours is the newest: one page of ids, one consignment read, one label.
        Assert.Equal((1, 1, 1), (_gls.Count(GlsProtocol.ConsignIds), _gls.Count(GlsProtocol.Consign), _gls.Count(GlsProtocol.LabelsExt)));
        Assert.Equal(1, _gls.ConsignsWithReference(request.Reference));
    }

    [Fact]
    public async Task A_full_box_is_searched_page_by_page_until_the_reference_is_found()
    {
        var carrier = _gls.Gls();
        var request = ShippingSamples.Request(GlsSandbox.Courier, dpi: 300);
        _gls.DropAfterCreate = true;
        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _gls.DropAfterCreate = false;
        _gls.InsertOthers(GlsProtocol.IdsPerPage + 5); // inserted after ours: ours is on the second page

        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.Equal(LabelFormats.Zpl300, found!.Label.Format); // the 300 dpi station's label, as it asked
        Assert.Equal(2, _gls.Count(GlsProtocol.ConsignIds));
        Assert.Contains("<id_start>", _gls.Seen.Last(s => s.Operation == GlsProtocol.ConsignIds).Envelope);
        Assert.Equal(1, _gls.Count(GlsProtocol.Insert));
    }

    [Fact]
    public async Task A_server_slower_than_the_call_timeout_is_unavailable_and_the_consignment_is_found_later()
    {
        var carrier = _gls.Gls();
        var request = ShippingSamples.Request(GlsSandbox.Courier);
        _gls.CreateDelay = GlsLoopback.SlowerThanTheTimeout;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Timeout, down.Code);
        Assert.Contains("did not answer", down.Message);
        Assert.NotNull(await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None));
        // The insert is never tried again by the HTTP pipeline: one call, however slow.
        Assert.Equal(1, _gls.Count(GlsProtocol.Insert));
    }

    [Fact]
    public async Task A_label_call_that_fails_after_the_insert_is_found_on_the_next_attempt_without_inserting_again()
    {
        var carrier = _gls.Gls();
        var request = ShippingSamples.Request(GlsSandbox.Courier);
        _gls.Override = op => op == GlsProtocol.LabelsExt ? (503, "<html><body>Service Unavailable</body></html>", "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _gls.Override = null;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.Equal(CarrierProblemCodes.ServerError, down.Code);
        Assert.NotNull(found);
        Assert.Equal(1, _gls.Count(GlsProtocol.Insert));
        // Labels are retried by the pipeline (1 + 2 retries) before the adapter gives up, then one more on the lookup.
        Assert.Equal(3 + 1, _gls.Count(GlsProtocol.LabelsExt));
    }

    [Fact]
    public async Task Nothing_under_the_reference_is_no_shipment()
    {
        _gls.InsertOthers(2);

        Assert.Null(await _gls.Gls().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));
        Assert.Equal(2, _gls.Count(GlsProtocol.Consign));
    }

    [Fact]
    public async Task A_lookup_GLS_cannot_answer_is_unavailable_not_a_missing_shipment()
    {
        _gls.Override = op => op == GlsProtocol.ConsignIds ? (502, "<html><body>Bad Gateway</body></html>", "text/html") : null;

        var unsure = await Assert.ThrowsAsync<CarrierUnavailable>(() => _gls.Gls().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.ServerError, unsure.Code);
        Assert.Contains("502", unsure.Message);
    }

    [Fact]
    public async Task A_consignment_that_vanishes_while_the_box_is_read_makes_the_lookup_unsure()
    {
        _gls.InsertOthers(1);
        _gls.Override = op => op == GlsProtocol.Consign ? (500, GlsLoopback.Fault("err_cons_not_found", "Nie znaleziono przesyłki"), "text/xml") : null;

        var unsure = await Assert.ThrowsAsync<CarrierUnavailable>(() => _gls.Gls().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.NotConfirmed, unsure.Code);
    }
}
