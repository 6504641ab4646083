using System.Xml.Linq;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Close-out makes DPD's handover protocol (generateProtocolV2, PDF — t3ko/dpd-pl-api-php README step 3,
/// "protokół przekazania przesyłek kurierowi"); DPDServices has no call that cancels a parcel (none among the
/// operations generated from its WSDL), so a void sends nothing.
/// </summary>
public sealed class DpdLive_HandsOverAndCancels : IDisposable
{
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    [Fact]
    public async Task The_days_parcels_get_DPDs_handover_protocol_as_a_PDF()
    {
        var carrier = _dpd.Dpd();
        var first = await carrier.CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None);
        var second = await carrier.CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None);

        var handover = await carrier.HandOverAsync([first.TrackingNumber, second.TrackingNumber], CancellationToken.None);

        Assert.StartsWith("PROT", handover.CarrierReference);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(handover.DocumentPdf!));
        var sent = XDocument.Parse(_dpd.Seen.Last().Envelope).Descendants("waybill").Select(w => w.Value);
        Assert.Equal([first.TrackingNumber, second.TrackingNumber], sent);
    }

    [Fact]
    public async Task A_protocol_for_waybills_DPD_does_not_know_is_refused()
    {
        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _dpd.Dpd().HandOverAsync(["0000000000001Q"], CancellationToken.None));

        Assert.Contains("0000000000001Q", refused.Message);
    }

    [Fact]
    public async Task An_empty_handover_asks_DPD_nothing()
    {
        var handover = await _dpd.Dpd().HandOverAsync([], CancellationToken.None);

        Assert.Equal(new CarrierHandover(null, null), handover);
        Assert.Empty(_dpd.Seen);
    }

    [Fact]
    public async Task A_void_sends_nothing_to_DPD_which_has_no_cancel()
    {
        var carrier = _dpd.Dpd();
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None);
        var calls = _dpd.Seen.Count;

        await carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None);

        Assert.Equal(calls, _dpd.Seen.Count);
    }

    [Fact]
    public void DPD_does_not_push_its_events_and_a_pushed_body_is_refused()
    {
        var carrier = _dpd.Dpd();

        Assert.False(carrier.PushesEvents);
        Assert.Throws<CarrierRefused>(() => carrier.ReadEvents("{}"));
        Assert.Equal("https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=0000092494468Q", carrier.TrackingUrl("0000092494468Q").AbsoluteUri);
    }
}
