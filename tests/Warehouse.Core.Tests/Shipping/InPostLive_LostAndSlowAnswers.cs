using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// ShipX has no idempotency key: a create whose answer never came is found by our reference
/// (GET /v1/organizations/:id/shipments?reference=…, the shipment list of the ShipX documentation,
/// https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/18153512), never made twice.
/// </summary>
public sealed class InPostLive_LostAndSlowAnswers : IDisposable
{
    private readonly ShipXLoopback _shipx = new();

    public void Dispose() => _shipx.Dispose();

    [Fact]
    public async Task A_shipment_created_whose_answer_was_lost_is_found_by_reference_and_made_once()
    {
        var carrier = _shipx.InPost();
        var request = ShippingSamples.Request(InPostSandbox.Locker, pickupPoint: "KRA010");
        _shipx.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        _shipx.DropAfterCreate = false;
        // What the desk does on its next attempt.
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(request.Reference, found.Reference);
        Assert.Equal(24, found.TrackingNumber.Length);
        Assert.NotNull(found.Label.Zpl);
        Assert.Equal(1, _shipx.Count("POST", "/v1/organizations/1/shipments"));
        Assert.Contains(_shipx.Seen, s => s.Path == $"/v1/organizations/1/shipments?reference={request.Reference}");
    }

    [Fact]
    public async Task A_server_slower_than_the_call_timeout_is_unavailable_and_the_shipment_is_found_later()
    {
        var carrier = _shipx.InPost();
        var request = ShippingSamples.Request(InPostSandbox.Courier);
        _shipx.CreateDelay = ShipXLoopback.SlowerThanTheTimeout;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        Assert.Contains("did not answer", down.Message);
        Assert.NotNull(await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None));
        Assert.Equal(1, _shipx.Count("POST", "/v1/organizations/1/shipments"));
    }

    [Fact]
    public async Task A_shipment_not_confirmed_in_time_is_unavailable_then_found_once_confirmed()
    {
        var carrier = _shipx.InPost();
        var request = ShippingSamples.Request(InPostSandbox.Locker, pickupPoint: "KRA010");
        _shipx.ReadsBeforeConfirmed = 10; // more than ConfirmPolls (3)

        var waiting = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(request, CancellationToken.None));
        Assert.Contains("not confirmed", waiting.Message);
        _shipx.ReadsBeforeConfirmed = 1;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(1, _shipx.Count("POST", "/v1/organizations/1/shipments"));
    }

    [Fact]
    public async Task Nothing_under_the_reference_is_no_shipment() =>
        Assert.Null(await _shipx.InPost().FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), CancellationToken.None));
}
