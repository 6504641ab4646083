using System.Text;
using System.Xml.Linq;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Pocztex;
using Warehouse.Core.Shipping.Carriers.Pocztex.Live;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The live Pocztex adapter against the e-Nadawca stand-in (<see cref="PocztexLoopback"/>, its sources cited
/// there): addShipment into the buffer under a guid made from our reference, then the label by that guid.
/// </summary>
public sealed class PocztexLive_MakesShipments : IDisposable
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private readonly PocztexLoopback _pp = new();

    public void Dispose() => _pp.Dispose();

    private XElement Sent(string operation) =>
        XDocument.Parse(_pp.Seen.Last(s => s.Operation == operation).Envelope).Root!
            .Element(PocztexLoopback.Soap + "Body")!.Element(PocztexLoopback.Service + operation)!;

    [Fact]
    public async Task A_parcel_is_added_to_the_buffer_and_comes_back_with_its_tracking_number_and_203_dpi_ZPL_label()
    {
        var request = ShippingSamples.Request(PocztexSandbox.Courier);

        var shipment = await _pp.Pocztex().CreateAsync(request, CancellationToken.None);

        Assert.Equal(request.Reference, shipment.Reference);
        Assert.True(UpuS10.Pocztex.IsValid(shipment.TrackingNumber), shipment.TrackingNumber);
        Assert.Equal((LabelFormats.Zpl203, (int?)203), (shipment.Label.Format, shipment.Label.Dpi));
        Assert.Contains(shipment.TrackingNumber, shipment.Label.Zpl);
        var type = Sent(PocztexProtocol.PrintForParcel).Element("type")!;
        Assert.Equal(("ADDRESS_LABEL_BY_GUID", "ZPL_FORMAT", "DPI_203"), ((string?)type.Element("kind"), (string?)type.Element("format"), (string?)type.Element("resolution")));
        Assert.Equal((1, 1), (_pp.Count(PocztexProtocol.AddShipment), _pp.Count(PocztexProtocol.PrintForParcel)));
        Assert.Equal(1, _pp.ParcelsWithReference(request.Reference));
    }

    [Theory]
    [InlineData(300, LabelFormats.Zpl300)]
    [InlineData(600, LabelFormats.Pdf)]
    public async Task A_station_gets_the_label_e_Nadawca_prints_for_its_printer(int dpi, LabelFormats format)
    {
        var shipment = await _pp.Pocztex().CreateAsync(ShippingSamples.Request(PocztexSandbox.Courier, dpi: dpi), CancellationToken.None);

        Assert.Equal(format, shipment.Label.Format);
    }

    [Fact]
    public async Task The_parcel_carries_a_guid_made_from_our_reference_the_reference_itself_and_grams_and_the_call_names_its_operation()
    {
        var request = ShippingSamples.Request(PocztexSandbox.Courier, weightGrams: 1250) with { CashOnDeliveryGrosze = 12_345 };

        await _pp.Pocztex().CreateAsync(request, CancellationToken.None);
        var parcel = Sent(PocztexProtocol.AddShipment).Element("przesylki")!;
        var seen = _pp.Seen.First(s => s.Operation == PocztexProtocol.AddShipment);

        Assert.Equal(PocztexGuid.For(request.Reference), (string?)parcel.Attribute("guid"));
        Assert.Matches("^[0-9A-F]{32}$", PocztexGuid.For(request.Reference));
        Assert.Equal(PocztexGuid.For(request.Reference), PocztexGuid.For(request.Reference));
        Assert.Equal("en:pocztex2021KurierType", (string?)parcel.Attribute(Xsi + "type"));
        Assert.Equal(request.Reference, (string?)parcel.Element("numerPrzesylkiKlienta"));
        Assert.Equal("1250", (string?)parcel.Element("masa"));
        Assert.Equal("12345", (string?)parcel.Element("pobranie")!.Attribute("kwotaPobrania"));
        var adres = parcel.Element("adres")!;
        Assert.Equal(("ul. Marszałkowska", "140", "12", "00061"),
            ((string?)adres.Attribute("ulica"), (string?)adres.Attribute("numerDomu"), (string?)adres.Attribute("numerLokalu"), (string?)adres.Attribute("kodPocztowy")));
        Assert.Equal("\"http://e-nadawca.poczta-polska.pl/addShipment\"", seen.SoapAction);
        Assert.StartsWith("text/xml", seen.ContentType);
        Assert.DoesNotContain(PocztexLoopback.Password, seen.Envelope); // the password goes in the Basic header only
    }

    [Theory, MemberData(nameof(ShippingSamples.HostileNames), MemberType = typeof(ShippingSamples))]
    public async Task A_hostile_name_travels_as_text_and_comes_back_unchanged(string name)
    {
        var request = ShippingSamples.Request(PocztexSandbox.Courier) with { Recipient = ShippingSamples.Customer with { Name = name } };

        await _pp.Pocztex().CreateAsync(request, CancellationToken.None);
        var envelope = _pp.Seen.First(s => s.Operation == PocztexProtocol.AddShipment).Envelope;

        Assert.Equal(name, (string?)Sent(PocztexProtocol.AddShipment).Element("przesylki")!.Element("adres")!.Attribute("nazwa"));
        Assert.DoesNotContain("<script>", envelope);
        Assert.DoesNotContain("<password>", envelope);
    }

    [Fact]
    public async Task Very_long_fields_are_cut_to_what_e_Nadawca_takes_and_control_characters_left_out()
    {
        var longName = new string('A', 60) + new string('B', 100);
        var recipient = ShippingSamples.Customer with { Name = longName + "\u0001", City = new string('W', 200), Phone = "+48 600 100 200 300 400 500" };
        var request = ShippingSamples.Request(PocztexSandbox.Courier) with { Recipient = recipient, OrderNumber = new string('9', 800) };

        await _pp.Pocztex().CreateAsync(request, CancellationToken.None);
        var parcel = Sent(PocztexProtocol.AddShipment).Element("przesylki")!;
        var adres = parcel.Element("adres")!;

        Assert.Equal(new string('A', 60), (string?)adres.Attribute("nazwa"));
        Assert.Equal(new string('B', 60), (string?)adres.Attribute("nazwa2"));
        Assert.Equal(63, ((string?)adres.Attribute("miejscowosc"))!.Length);
        Assert.Equal(20, ((string?)adres.Attribute("telefon"))!.Length);
        Assert.Equal(500, ((string?)parcel.Attribute("opis"))!.Length);
    }

    [Fact]
    public async Task A_pickup_point_parcel_names_the_point_and_one_without_is_refused_before_any_call()
    {
        var carrier = _pp.Pocztex();

        await carrier.CreateAsync(ShippingSamples.Request(PocztexSandbox.PostOffice, pickupPoint: "262780"), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => carrier.CreateAsync(ShippingSamples.Request(PocztexSandbox.PostOffice), CancellationToken.None));

        Assert.Equal("262780", (string?)Sent(PocztexProtocol.AddShipment).Element("przesylki")!.Element("punktOdbioru")!.Attribute("id"));
        Assert.Contains("pickup point", refused.Message);
        Assert.Equal(1, _pp.Count(PocztexProtocol.AddShipment));
    }

    [Fact]
    public async Task A_parcel_abroad_is_refused_without_calling()
    {
        var request = ShippingSamples.Request(PocztexSandbox.Courier) with { Recipient = ShippingSamples.Customer with { CountryCode = "DE" } };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _pp.Pocztex().CreateAsync(request, CancellationToken.None));

        Assert.Contains("within Poland", refused.Message);
        Assert.Empty(_pp.Seen);
    }

    [Fact]
    public void Labels_are_ZPL_at_both_resolutions_or_PDF() =>
        Assert.Equal(LabelFormats.Zpl203 | LabelFormats.Zpl300 | LabelFormats.Pdf, _pp.Pocztex().Labels);
}
