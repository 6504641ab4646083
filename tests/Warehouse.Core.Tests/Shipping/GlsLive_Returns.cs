using System.Xml.Linq;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A return through ADE's ShopReturn service (adeReturn_Create) against the stand-in (<see cref="GlsLoopback"/>;
/// cSRSQuick and cParcelReturn, and the ShopReturn faults, cited there): the customer sends back, the warehouse
/// receives, our SSCC as the references; ADE answers the parcel number, the label and a shipping code at once.
/// </summary>
public sealed class GlsLive_Returns : IDisposable
{
    private readonly GlsLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    /// <summary>As the returns portal asks (<c>ReturnLabels</c>): the customer sends, the warehouse receives.</summary>
    private static ShipmentRequest Return(int dpi = 203) =>
        ShippingSamples.Request(GlsSandbox.Courier, dpi: dpi) with { Sender = ShippingSamples.Customer, Recipient = ShippingSamples.Warehouse };

    private XElement Sent() => _gls.Sent(GlsProtocol.ReturnCreate);

    [Fact]
    public async Task A_return_goes_from_the_customer_to_the_warehouse_under_our_SSCC()
    {
        var request = Return();

        await _gls.Gls().CreateReturnAsync(request, CancellationToken.None);
        var quick = Sent().Element("return")!;

        Assert.Equal(("Anna Wiśniewska", "ul. Marszałkowska 140 m. 12", "00061", "Warszawa", "PL"),
            ((string?)quick.Element("sname1"), (string?)quick.Element("sstreet"), (string?)quick.Element("szipcode"), (string?)quick.Element("scity"), (string?)quick.Element("scountry")));
        Assert.Equal("+48 600 100 200", (string?)quick.Element("sphone"));
        Assert.Equal(("Magazyn Północ Sp. z o.o.", "05800", "Pruszków"),
            ((string?)quick.Element("rname1"), (string?)quick.Element("rzipcode"), (string?)quick.Element("rcity")));
        Assert.Equal(request.Reference, (string?)quick.Element("references"));
        Assert.Equal(1, _gls.ReturnsWithReference(request.Reference));
    }

    [Fact]
    public async Task The_parcel_number_label_and_shipping_code_come_back_at_once_without_the_preparing_box()
    {
        var shipment = await _gls.Gls().CreateReturnAsync(Return(), CancellationToken.None);

        Assert.True(GlsParcelNumber.Instance.IsValid(shipment.TrackingNumber), shipment.TrackingNumber);
        Assert.Equal(GlsLoopback.ShippingCodeOf(shipment.TrackingNumber), shipment.DropOffCode);
        Assert.Equal(LabelFormats.Zpl203, shipment.Label.Format);
        Assert.Contains(shipment.TrackingNumber, shipment.Label.Zpl);
        Assert.Equal(GlsProtocol.LabelZpl203, (string?)Sent().Element("mode"));
        Assert.Equal((0, 0), (_gls.Count(GlsProtocol.Insert), _gls.Count(GlsProtocol.LabelsExt)));
    }

    [Theory]
    [InlineData(300, GlsProtocol.LabelZpl300, LabelFormats.Zpl300)]
    [InlineData(600, GlsProtocol.LabelPdf, LabelFormats.Pdf)]
    public async Task The_label_comes_in_the_format_asked_for(int dpi, string mode, LabelFormats format)
    {
        var shipment = await _gls.Gls().CreateReturnAsync(Return(dpi), CancellationToken.None);

        Assert.Equal(format, shipment.Label.Format);
        Assert.Equal(mode, (string?)Sent().Element("mode"));
    }

    [Fact]
    public async Task A_return_from_abroad_is_refused_before_any_call()
    {
        var request = Return() with { Sender = ShippingSamples.Customer with { CountryCode = "DE", PostalCode = "10115", City = "Berlin" } };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _gls.Gls().CreateReturnAsync(request, CancellationToken.None));

        Assert.Contains("Poland", refused.Message);
        Assert.Empty(_gls.Seen);
    }

    [Fact]
    public async Task A_return_GLS_refuses_is_refused_in_GLS_words_and_may_be_asked_for_again()
    {
        var carrier = _gls.Gls();
        _gls.Override = op => op == GlsProtocol.ReturnCreate
            ? (500, GlsLoopback.Fault("err_cons_srv_srs_sendback_zipcode_is_invalid", "Usługa SRS - Kod pocztowy odsyłającego towar jest nieprawidłowy."), "text/xml")
            : null;

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.CreateReturnAsync(Return(), CancellationToken.None));
        _gls.Override = null;
        await carrier.CreateReturnAsync(Return(), CancellationToken.None);

        Assert.Contains("err_cons_srv_srs_sendback_zipcode_is_invalid", refused.Message);
        Assert.Contains("Kod pocztowy odsyłającego", refused.Message);
        Assert.Equal(2, _gls.Count(GlsProtocol.ReturnCreate));
    }

    [Fact]
    public async Task A_return_whose_answer_was_lost_is_unavailable_and_nothing_finds_it_by_its_reference()
    {
        var carrier = _gls.Gls();
        var request = Return();
        (_gls.LostOperation, _gls.DropAfterCreate) = (GlsProtocol.ReturnCreate, true);

        var lost = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateReturnAsync(request, CancellationToken.None));
        _gls.DropAfterCreate = false;
        // ADE keeps no list of these returns: the preparing box has nothing under the reference, and the carrier says so.
        Assert.Null(await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None));

        Assert.False(carrier.FindsReturns);
        Assert.NotEqual(CarrierProblemCodes.Credentials, lost.Code);
        Assert.Equal((1, 1), (_gls.Count(GlsProtocol.ReturnCreate), _gls.ReturnsWithReference(request.Reference)));
    }

    [Fact]
    public async Task GLS_down_or_answering_garbage_is_unavailable_not_a_refusal()
    {
        var carrier = _gls.Gls();
        _gls.Override = op => op == GlsProtocol.ReturnCreate ? (502, "<html><body>Bad Gateway</body></html>", "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateReturnAsync(Return(), CancellationToken.None));
        _gls.Override = op => op == GlsProtocol.ReturnCreate ? (200, GlsLoopback.Envelope(GlsProtocol.ReturnCreate, "<parcelNumber>not a number</parcelNumber>"), "text/xml") : null;
        var garbage = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateReturnAsync(Return(), CancellationToken.None));

        // Either may have reached GLS and made the return: the return keeps that it was asked (ReturnLabels_AskedOnce).
        Assert.Equal((CarrierProblemCodes.ServerError, CarrierProblemCodes.Garbage), (down.Code, garbage.Code));
        Assert.Equal(2, _gls.Count(GlsProtocol.ReturnCreate));
    }

    [Fact]
    public async Task Our_account_refused_makes_nothing_and_the_return_is_asked_for_again_once_it_is_fixed()
    {
        var carrier = _gls.Gls();
        var request = Return();
        _gls.Override = op => op == GlsProtocol.ReturnCreate ? (403, "<html><body>Forbidden</body></html>", "text/html") : null;

        var refused = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateReturnAsync(request, CancellationToken.None));
        _gls.Override = null;
        var shipment = await carrier.CreateReturnAsync(request, CancellationToken.None);

        Assert.Equal(CarrierProblemCodes.Credentials, refused.Code);
        Assert.Equal(1, _gls.ReturnsWithReference(shipment.Reference));
    }
}
