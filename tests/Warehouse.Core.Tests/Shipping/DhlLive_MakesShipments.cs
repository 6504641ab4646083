using System.Xml.Linq;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The live DHL adapter against the DHL24 WebAPI stand-in (<see cref="DhlLoopback"/>, its sources cited
/// there): createShipments with our reference, then getLabels for the label.
/// </summary>
public sealed class DhlLive_MakesShipments : IDisposable
{
    private readonly DhlLoopback _dhl = new();

    public void Dispose() => _dhl.Dispose();

    private XElement Sent(string operation) =>
        XDocument.Parse(_dhl.Seen.Last(s => s.Operation == operation).Envelope).Root!
            .Element(DhlProtocol.Soap + "Body")!.Element(DhlProtocol.Service + operation)!;

    [Fact]
    public async Task A_shipment_is_registered_under_our_reference_and_its_203_dpi_ZPL_label_comes_back_once()
    {
        var request = ShippingSamples.Request(DhlSandbox.Standard);

        var shipment = await _dhl.Dhl().CreateAsync(request, CancellationToken.None);

        Assert.Equal(request.Reference, shipment.Reference);
        Assert.Matches("^[0-9]{11}$", shipment.TrackingNumber);
        Assert.Equal((LabelFormats.Zpl203, (int?)203), (shipment.Label.Format, shipment.Label.Dpi));
        Assert.StartsWith("^XA", shipment.Label.Zpl);
        Assert.Contains(shipment.TrackingNumber, shipment.Label.Zpl);
        Assert.Equal("ZBLP", (string?)Sent(DhlProtocol.GetLabels).Element("itemsToPrint")!.Element("item")!.Element("labelType"));
        Assert.Equal((1, 1), (_dhl.Count(DhlProtocol.CreateShipments), _dhl.Count(DhlProtocol.GetLabels)));
        Assert.Equal(1, _dhl.ShipmentsWithReference(request.Reference));
    }

    [Fact]
    public async Task A_station_with_a_300_dpi_printer_gets_the_PDF_label()
    {
        var shipment = await _dhl.Dhl().CreateAsync(ShippingSamples.Request(DhlSandbox.Standard, dpi: 300), CancellationToken.None);

        Assert.Equal(LabelFormats.Pdf, shipment.Label.Format);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(shipment.Label.Pdf!));
        Assert.Equal("BLP", (string?)Sent(DhlProtocol.GetLabels).Element("itemsToPrint")!.Element("item")!.Element("labelType"));
    }

    [Fact]
    public async Task The_registration_carries_our_reference_the_account_and_the_parcel_in_DHL_units()
    {
        var request = ShippingSamples.Request(DhlSandbox.Standard, weightGrams: 1250, outer: new Warehouse.Core.Catalog.Dimensions(301, 200, 95))
            with { CashOnDeliveryGrosze = 12_345 };

        await _dhl.Dhl().CreateAsync(request, CancellationToken.None);
        var sent = Sent(DhlProtocol.CreateShipments);
        var item = sent.Element("shipments")!.Element("item")!;
        var piece = item.Element("pieceList")!.Element("item")!;
        var receiver = item.Element("receiver")!;

        Assert.Equal((DhlLoopback.Username, DhlLoopback.Password), ((string?)sent.Element("authData")!.Element("username"), (string?)sent.Element("authData")!.Element("password")));
        Assert.Equal(request.Reference, (string?)item.Element("reference"));
        Assert.Equal(("PACKAGE", "20", "10", "31", "1.25", "1"), ((string?)piece.Element("type"), (string?)piece.Element("width"), (string?)piece.Element("height"),
            (string?)piece.Element("length"), (string?)piece.Element("weight"), (string?)piece.Element("quantity")));
        // "ul. Marszałkowska 140 m. 12", "00-061" split and written the way DHL24 takes them.
        Assert.Equal(("PL", "00061", "ul. Marszałkowska", "140", "12"), ((string?)receiver.Element("country"), (string?)receiver.Element("postalCode"),
            (string?)receiver.Element("street"), (string?)receiver.Element("houseNumber"), (string?)receiver.Element("apartmentNumber")));
        Assert.Equal(("SHIPPER", DhlLoopback.SapNumber), ((string?)item.Element("payment")!.Element("payerType"), (string?)item.Element("payment")!.Element("accountNumber")));
        Assert.Equal(("AH", "true", "123.45"), ((string?)item.Element("service")!.Element("product"), (string?)item.Element("service")!.Element("collectOnDelivery"),
            (string?)item.Element("service")!.Element("collectOnDeliveryValue")));
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", (string?)item.Element("shipmentDate"));
        Assert.All(_dhl.Seen, s => Assert.StartsWith("text/xml", s.ContentType));
        Assert.All(_dhl.Seen, s => Assert.Equal($"\"https://dhl24.com.pl/webapi2/provider/service.html?ws=1#{s.Operation}\"", s.SoapAction));
    }

    [Theory, MemberData(nameof(ShippingSamples.HostileNames), MemberType = typeof(ShippingSamples))]
    public async Task A_hostile_name_is_sent_as_text_and_reads_back_as_written(string name)
    {
        var request = ShippingSamples.Request(DhlSandbox.Standard) with { Recipient = ShippingSamples.Customer with { Name = name, City = name } };

        var shipment = await _dhl.Dhl().CreateAsync(request, CancellationToken.None);
        var receiver = Sent(DhlProtocol.CreateShipments).Element("shipments")!.Element("item")!.Element("receiver")!;

        Assert.Equal(name, (string?)receiver.Element("name"));
        Assert.Equal(name, (string?)receiver.Element("city"));
        Assert.Single(receiver.Elements("name"));
        Assert.Equal(DhlLoopback.Password, (string?)Sent(DhlProtocol.CreateShipments).Element("authData")!.Element("password"));
        Assert.DoesNotContain("<script>", _dhl.Seen.First().Envelope);
        Assert.Matches("^[0-9]{11}$", shipment.TrackingNumber);
    }

    [Fact]
    public async Task Characters_XML_cannot_carry_are_left_out_instead_of_failing_the_call()
    {
        var request = ShippingSamples.Request(DhlSandbox.Standard) with { Recipient = ShippingSamples.Customer with { Name = "Anna\u0001\u001bWiśniewska" } };

        var shipment = await _dhl.Dhl().CreateAsync(request, CancellationToken.None);

        Assert.NotNull(shipment.Label.Zpl);
        Assert.Equal("AnnaWiśniewska", (string?)Sent(DhlProtocol.CreateShipments).Element("shipments")!.Element("item")!.Element("receiver")!.Element("name"));
    }
}
