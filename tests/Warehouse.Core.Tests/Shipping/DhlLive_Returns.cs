using System.Xml.Linq;
using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A return through DHL24's createShipmentReturn (<see cref="DhlLoopback"/>): DHL Parcel Return Polska (ZK) from
/// the customer to the warehouse, paid by the warehouse (RECEIVER), no courier booked, so the customer hands it in
/// at a DHL POP with the label DHL answers in the same call. The request's fields are DHL's own page's
/// (dhl24.com.pl/en/webapi2/doc/info/createShipmentReturn.html) in the WSDL's types (kerog/dhl-polska src/DTO);
/// the answer is rebuilt from those types, as the stand-in says.
/// </summary>
public sealed class DhlLive_Returns : IDisposable
{
    private readonly DhlLoopback _dhl = new();

    public void Dispose() => _dhl.Dispose();

    /// <summary>As the returns portal asks (<c>ReturnLabels</c>): the customer sends, the warehouse receives.</summary>
    private static ShipmentRequest Return(int dpi = 203) =>
        ShippingSamples.Request(DhlSandbox.Standard, dpi: dpi) with { Sender = ShippingSamples.Customer, Recipient = ShippingSamples.Warehouse };

    private XElement Sent() => XDocument.Parse(Assert.Single(_dhl.Seen, s => s.Operation == DhlProtocol.CreateShipmentReturn).Envelope)
        .Descendants().First(e => e.Name.LocalName == "shipment");

    private static string? At(XElement e, params string[] path) =>
        path.Aggregate((XElement?)e, (x, name) => x?.Element(name))?.Value;

    [Fact]
    public async Task A_return_goes_from_the_customer_to_the_warehouse_as_a_domestic_return_handed_in_at_a_DHL_POP()
    {
        var request = Return();

        var shipment = await _dhl.Dhl().CreateReturnAsync(request, CancellationToken.None);

        Assert.Equal(request.Reference, shipment.Reference);
        Assert.Matches("^[0-9]{11}$", shipment.TrackingNumber);
        var sent = Sent();
        Assert.Equal(("ZK", "false"), (At(sent, "shipmentInfo", "serviceType"), At(sent, "shipmentInfo", "bookCourier")));
        // The warehouse pays, on our SAP number.
        Assert.Equal(("RECEIVER", DhlLoopback.SapNumber, "BANK_TRANSFER"),
            (At(sent, "shipmentInfo", "billing", "shippingPaymentType"), At(sent, "shipmentInfo", "billing", "billingAccountNumber"), At(sent, "shipmentInfo", "billing", "paymentType")));
        Assert.Equal(request.Reference, At(sent, "reference"));
        Assert.Equal(("Anna Wiśniewska", "00061", "ul. Marszałkowska", "140", "12"),
            (At(sent, "ship", "shipper", "address", "name"), At(sent, "ship", "shipper", "address", "postalCode"), At(sent, "ship", "shipper", "address", "street"),
             At(sent, "ship", "shipper", "address", "houseNumber"), At(sent, "ship", "shipper", "address", "apartmentNumber")));
        // DHL tells the customer about their parcel by the phone we give.
        Assert.Equal("+48 600 100 200", At(sent, "ship", "shipper", "preaviso", "phoneNumber"));
        Assert.Equal(("Magazyn Północ Sp. z o.o.", "05800", "Pruszków"),
            (At(sent, "ship", "receiver", "address", "name"), At(sent, "ship", "receiver", "address", "postalCode"), At(sent, "ship", "receiver", "address", "city")));
        // 1.25 kg is 2 whole kilograms to DHL; 300 × 200 × 100 mm in centimetres.
        Assert.Equal(("PACKAGE", "2", "20", "10", "30"),
            (At(sent, "pieceList", "item", "type"), At(sent, "pieceList", "item", "weight"), At(sent, "pieceList", "item", "width"),
             At(sent, "pieceList", "item", "height"), At(sent, "pieceList", "item", "length")));
    }

    [Fact]
    public async Task The_label_comes_in_the_same_answer_and_is_good_for_the_customers_fourteen_days()
    {
        var shipment = await _dhl.Dhl().CreateReturnAsync(Return(), CancellationToken.None);

        Assert.Equal(LabelFormats.Zpl203, shipment.Label.Format);
        Assert.Contains(shipment.TrackingNumber, shipment.Label.Zpl);
        Assert.Null(shipment.DropOffCode); // a DHL POP takes the printed label: DHL gives no code
        Assert.Equal(0, _dhl.Count(DhlProtocol.GetLabels));
        var sent = Sent();
        Assert.Equal("ZBLP", At(sent, "shipmentInfo", "labelType"));
        Assert.Equal(CarrierDates.PolishToday(TimeProvider.System).AddDays(14).ToString("yyyy-MM-dd"), At(sent, "shipmentInfo", "shipmentTime", "labelExpDate"));
    }

    [Fact]
    public async Task A_return_for_a_300_dpi_printer_gets_DHLs_PDF_label()
    {
        var shipment = await _dhl.Dhl().CreateReturnAsync(Return(dpi: 300), CancellationToken.None);

        Assert.Equal(LabelFormats.Pdf, shipment.Label.Format);
        Assert.Equal("BLP", At(Sent(), "shipmentInfo", "labelType"));
    }

    [Fact]
    public async Task A_return_whose_answer_was_lost_is_found_by_its_reference_and_made_once()
    {
        var carrier = _dhl.Dhl();
        var request = Return();
        _dhl.RegisterOthers(3);
        _dhl.Creating = DhlProtocol.CreateShipmentReturn;
        _dhl.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateReturnAsync(request, CancellationToken.None));
        _dhl.DropAfterCreate = false;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Contains(found.TrackingNumber, found.Label.Zpl);
        Assert.Equal(1, _dhl.Count(DhlProtocol.CreateShipmentReturn));
        Assert.Equal(1, _dhl.ShipmentsWithReference(request.Reference));
    }

    [Fact]
    public async Task A_return_DHL_finds_invalid_is_refused_in_DHLs_words()
    {
        var request = Return() with { Sender = ShippingSamples.Customer with { PostalCode = "00-06" } };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _dhl.Dhl().CreateReturnAsync(request, CancellationToken.None));

        Assert.Contains("Nieprawidłowy kod pocztowy nadawcy: 0006", refused.Message);
    }

    public static TheoryData<string, int, string> Garbage() => new()
    {
        { "an answer without the waybill", 200, DhlLoopback.Envelope("createShipmentReturn", "<item><label><labelType>ZBLP</labelType><labelContent>XlhBXlha</labelContent></label></item>") },
        { "an answer without a label", 200, DhlLoopback.Envelope("createShipmentReturn", "<item><shipmentNotificationNumber>90006589407</shipmentNotificationNumber></item>") },
        { "a label that is not ZPL", 200, DhlLoopback.Envelope("createShipmentReturn", "<item><shipmentNotificationNumber>90006589407</shipmentNotificationNumber><label><labelContent>bm90IGEgbGFiZWw=</labelContent></label></item>") },
        { "an HTML page", 200, "<!DOCTYPE html><html><body>Przerwa techniczna</body></html>" },
        { "DHL down", 503, "<html><body>Service Unavailable</body></html>" },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_or_an_outage_is_unavailable_and_the_return_is_not_posted_again(string what, int status, string body)
    {
        _dhl.Override = operation => operation == DhlProtocol.CreateShipmentReturn ? (status, body, "text/xml") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _dhl.Dhl().CreateReturnAsync(Return(), CancellationToken.None));

        Assert.False(string.IsNullOrEmpty(down.Message), what);
        Assert.Equal(1, _dhl.Count(DhlProtocol.CreateShipmentReturn));
    }

    public static TheoryData<string, string> NotForADhlPop() => new()
    {
        { "from abroad", "DHL24" },
        { "with cash on delivery", "no cash on delivery" },
        { "too heavy for a DHL POP", "courier at the customer's door" },
        { "too big for a DHL POP", "courier at the customer's door" },
    };

    [Theory, MemberData(nameof(NotForADhlPop))]
    public async Task A_return_a_DHL_POP_cannot_take_is_refused_before_any_call_saying_what_to_do(string what, string advice)
    {
        var request = what switch
        {
            "from abroad" => Return() with { Sender = ShippingSamples.Customer with { CountryCode = "DE", PostalCode = "10115" } },
            "with cash on delivery" => Return() with { CashOnDeliveryGrosze = 5000 },
            "too heavy for a DHL POP" => Return() with { WeightGrams = 32_000 },
            _ => Return() with { Outer = new Dimensions(1300, 300, 300) },
        };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _dhl.Dhl().CreateReturnAsync(request, CancellationToken.None));

        Assert.Contains(advice, refused.Message);
        Assert.True(_dhl.Seen.IsEmpty, what);
    }
}
