using System.Text;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Pocztex;
using Warehouse.Core.Shipping.Carriers.Pocztex.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// e-Nadawca deletes parcels from the buffer only (clearEnvelopeByGuids); the handover is sendEnvelope, which
/// sends the whole buffer to the post office, with its książka nadawcza (getOutboxBook) as the document.
/// </summary>
public sealed class PocztexLive_CancelsAndHandsOver : IDisposable
{
    private readonly PocztexLoopback _pp = new();

    public void Dispose() => _pp.Dispose();

    private Task<Shipment> CreateAsync(ICarrier carrier) => carrier.CreateAsync(ShippingSamples.Request(PocztexSandbox.Courier), CancellationToken.None);

    [Fact]
    public async Task A_parcel_in_the_buffer_is_deleted_by_its_guid()
    {
        var carrier = _pp.Pocztex();
        var shipment = await CreateAsync(carrier);

        await carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None);

        Assert.False(_pp.InBuffer(shipment.TrackingNumber));
        Assert.Contains($"<guid>{PocztexGuid.For(shipment.Reference)}</guid>", _pp.Seen.Single(s => s.Operation == PocztexProtocol.ClearByGuids).Envelope);
    }

    [Fact]
    public async Task A_parcel_whose_buffer_was_sent_is_refused_and_nothing_is_deleted()
    {
        var carrier = _pp.Pocztex();
        var shipment = await CreateAsync(carrier);
        await carrier.HandOverAsync([shipment.TrackingNumber], CancellationToken.None);

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None));

        Assert.Contains("already sent to the post office", refused.Message);
        Assert.Equal(0, _pp.Count(PocztexProtocol.ClearByGuids));
    }

    [Fact]
    public async Task A_deletion_e_Nadawca_refuses_carries_its_words()
    {
        var carrier = _pp.Pocztex();
        var shipment = await CreateAsync(carrier);
        _pp.Override = op => op == PocztexProtocol.ClearByGuids
            ? (200, PocztexLoopback.Envelope(PocztexProtocol.ClearByGuids, PocztexLoopback.Error(4005, "Przesyłka jest w trakcie wysyłania")), "text/xml")
            : null;

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.CancelAsync(shipment.TrackingNumber, CancellationToken.None));

        Assert.Contains("Przesyłka jest w trakcie wysyłania (4005)", refused.Message);
    }

    [Fact]
    public async Task The_handover_sends_the_buffer_and_brings_back_the_outbox_book()
    {
        var carrier = _pp.Pocztex();
        var first = await CreateAsync(carrier);
        var second = await CreateAsync(carrier);

        var handover = await carrier.HandOverAsync([first.TrackingNumber, second.TrackingNumber], CancellationToken.None);

        Assert.NotNull(handover.CarrierReference);
        Assert.Equal([first.TrackingNumber, second.TrackingNumber], _pp.ParcelsInEnvelope(handover.CarrierReference).Order());
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(handover.DocumentPdf!));
        Assert.Contains($"<idEnvelope>{handover.CarrierReference}</idEnvelope>", _pp.Seen.Single(s => s.Operation == PocztexProtocol.OutboxBook).Envelope);
        Assert.Equal(1, _pp.Count(PocztexProtocol.SendEnvelope));
    }

    [Fact]
    public async Task A_buffer_holding_other_parcels_is_not_sent()
    {
        var carrier = _pp.Pocztex();
        var ours = await CreateAsync(carrier);
        _pp.AddOther();

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.HandOverAsync([ours.TrackingNumber], CancellationToken.None));

        Assert.Contains("1 parcel(s) besides this handover", refused.Message);
        Assert.Equal(0, _pp.Count(PocztexProtocol.SendEnvelope));
        Assert.True(_pp.InBuffer(ours.TrackingNumber));
    }

    [Fact]
    public async Task A_parcel_missing_from_the_buffer_stops_the_handover_before_anything_is_sent()
    {
        var carrier = _pp.Pocztex();
        var ours = await CreateAsync(carrier);

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.HandOverAsync([ours.TrackingNumber, "EE000000000PL"], CancellationToken.None));

        Assert.Contains("EE000000000PL", refused.Message);
        Assert.Equal(0, _pp.Count(PocztexProtocol.SendEnvelope));
    }

    [Fact]
    public async Task An_outbox_book_that_cannot_be_fetched_leaves_the_envelope_as_the_reference()
    {
        var carrier = _pp.Pocztex();
        var ours = await CreateAsync(carrier);
        _pp.Override = op => op == PocztexProtocol.OutboxBook ? (503, "<html>busy</html>", "text/html") : null;

        var handover = await carrier.HandOverAsync([ours.TrackingNumber], CancellationToken.None);

        Assert.NotNull(handover.CarrierReference);
        Assert.Null(handover.DocumentPdf);
        Assert.Equal(1, _pp.Count(PocztexProtocol.SendEnvelope));
    }

    [Fact]
    public async Task Tracking_is_not_polled_and_returns_are_not_built_yet()
    {
        var carrier = _pp.Pocztex();

        Assert.Empty(await carrier.PollAsync(["EE123456785PL"], CancellationToken.None));
        Assert.Contains("not built in live mode yet", (await Assert.ThrowsAsync<CarrierRefused>(() =>
            carrier.CreateReturnAsync(ShippingSamples.Request(PocztexSandbox.Courier), CancellationToken.None))).Message);
        Assert.Empty(_pp.Seen);
    }
}
