using System.Text;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Cancelling deletes the consignment from ADE's preparing box; once the parcel is on a pickup confirmation
/// (our handover: adePickup_Create, with its printout as the document) GLS no longer deletes it. ADE has no
/// events to poll (returns: <see cref="GlsLive_Returns"/>).
/// </summary>
public sealed class GlsLive_CancelsAndHandsOver : IDisposable
{
    private readonly GlsLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    [Fact]
    public async Task A_parcel_not_yet_handed_over_is_deleted_from_the_preparing_box()
    {
        var carrier = _gls.Gls();
        _gls.InsertOthers(2);
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);

        await carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None);

        Assert.True(_gls.IsDeleted(shipment.TrackingNumber));
        Assert.Equal(1, _gls.Count(GlsProtocol.DeleteConsign));
    }

    [Fact]
    public async Task The_days_parcels_are_handed_over_on_one_pickup_confirmation_with_its_printout()
    {
        var carrier = _gls.Gls();
        _gls.InsertOthers(3); // not ours to confirm today
        var first = await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);
        var second = await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);

        var handover = await carrier.HandOverAsync([first.TrackingNumber, second.TrackingNumber], CancellationToken.None);

        Assert.NotNull(handover.CarrierReference);
        Assert.Equal([first.TrackingNumber, second.TrackingNumber], _gls.ParcelsOnPickup(handover.CarrierReference).Order());
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(handover.DocumentPdf!));
        Assert.Equal((1, 1), (_gls.Count(GlsProtocol.PickupCreate), _gls.Count(GlsProtocol.PickupReceipt)));
        Assert.Equal(2, _gls.Seen.Single(s => s.Operation == GlsProtocol.PickupCreate).Envelope.Split("<items>").Length - 1);
    }

    [Fact]
    public async Task A_parcel_on_a_pickup_confirmation_is_not_deleted_and_GLS_says_why()
    {
        var carrier = _gls.Gls();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);
        await carrier.HandOverAsync([shipment.TrackingNumber], CancellationToken.None);

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None));

        Assert.Contains("pickup confirmation", refused.Message);
        Assert.Equal((0, 1), (_gls.Count(GlsProtocol.DeleteConsign), _gls.Count(GlsProtocol.ParcelNumberSearch)));
    }

    [Fact]
    public async Task A_parcel_GLS_never_had_is_refused_in_GLSs_words()
    {
        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _gls.Gls().CancelAsync("50234001014", CancellationToken.None));

        Assert.Contains("GLS refused deleting 50234001014", refused.Message);
        Assert.Contains("Nie znaleziono paczki o numerze 50234001014", refused.Message);
    }

    [Fact]
    public async Task A_handover_of_a_parcel_no_longer_in_the_box_confirms_nothing()
    {
        var carrier = _gls.Gls();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);
        var other = await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);
        await carrier.HandOverAsync([shipment.TrackingNumber], CancellationToken.None); // an earlier handover, its answer lost

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.HandOverAsync([shipment.TrackingNumber, other.TrackingNumber], CancellationToken.None));

        Assert.Contains(shipment.TrackingNumber, refused.Message);
        Assert.Contains("nothing was confirmed", refused.Message);
        Assert.Equal(1, _gls.Count(GlsProtocol.PickupCreate));
    }

    [Fact]
    public async Task A_receipt_GLS_cannot_print_leaves_the_pickup_as_the_reference_without_a_document()
    {
        var carrier = _gls.Gls();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);
        _gls.Override = op => op == GlsProtocol.PickupReceipt ? (503, "<html>Service Unavailable</html>", "text/html") : null;

        var handover = await carrier.HandOverAsync([shipment.TrackingNumber], CancellationToken.None);

        Assert.NotNull(handover.CarrierReference);
        Assert.Null(handover.DocumentPdf);
        Assert.Equal(1, _gls.Count(GlsProtocol.PickupCreate));
    }

    [Fact]
    public async Task A_pickup_confirmation_is_never_sent_twice_by_the_pipeline()
    {
        var carrier = _gls.Gls();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);
        _gls.Override = op => op == GlsProtocol.PickupCreate ? (503, "<html>Service Unavailable</html>", "text/html") : null;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.HandOverAsync([shipment.TrackingNumber], CancellationToken.None));

        Assert.Equal(1, _gls.Count(GlsProtocol.PickupCreate));
    }

    [Fact]
    public async Task Nothing_is_polled_from_ADE()
    {
        var carrier = _gls.Gls();

        Assert.Empty(await carrier.PollAsync(["50234001014"], CancellationToken.None));
        Assert.Empty(_gls.Seen);
        Assert.False(carrier.PushesEvents);
    }
}
