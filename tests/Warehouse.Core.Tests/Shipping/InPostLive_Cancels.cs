using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// "Shipment cancellation" (https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/28639256):
/// DELETE /v1/shipments/:id answers 204 No Content while the shipment is created or offers_prepared,
/// otherwise an invalid_action error. We find the shipment by tracking number first.
/// </summary>
public sealed class InPostLive_Cancels : IDisposable
{
    private readonly ShipXLoopback _shipx = new();

    public void Dispose() => _shipx.Dispose();

    [Fact]
    public async Task A_confirmed_shipment_is_no_longer_cancelled_and_says_why()
    {
        var carrier = _shipx.InPost();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(InPostSandbox.Locker, pickupPoint: "KRA010"), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None));

        Assert.Contains("confirmed", refused.Message);
        Assert.Contains("invalid_action", refused.Message);
    }

    [Fact]
    public async Task A_shipment_before_confirmation_is_cancelled()
    {
        var carrier = _shipx.InPost();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(InPostSandbox.Locker, pickupPoint: "KRA010"), CancellationToken.None);
        // Back to "created" with its number: the stand-in's way to hold a shipment InPost has not bought yet.
        var held = _shipx.Shipment(49);
        held["status"] = "created";

        await carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None);

        Assert.Equal("canceled", (string?)held["status"]);
        Assert.Equal(1, _shipx.Count("DELETE", "/v1/shipments/49"));
        Assert.Null(await carrier.FindAsync(new ShipmentLookup(shipment.Reference, DateTime.UtcNow), CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_tracking_number_is_refused() =>
        await Assert.ThrowsAsync<CarrierRefused>(() => _shipx.InPost().CancelAsync("602677439331630337659999", CancellationToken.None));
}
