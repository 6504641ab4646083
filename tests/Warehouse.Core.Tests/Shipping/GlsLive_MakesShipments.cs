using System.Xml.Linq;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The live GLS adapter against the ADE Plus WebAPI stand-in (<see cref="GlsLoopback"/>, its sources cited
/// there): a login, adePreparingBox_Insert with our reference, then the label and parcel number.
/// </summary>
public sealed class GlsLive_MakesShipments : IDisposable
{
    private readonly GlsLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    private XElement Sent(string operation) => _gls.Sent(operation);

    [Fact]
    public async Task A_consignment_is_inserted_under_our_reference_and_comes_back_with_its_parcel_number_and_203_dpi_ZPL_label()
    {
        var request = ShippingSamples.Request(GlsSandbox.Courier);

        var shipment = await _gls.Gls().CreateAsync(request, CancellationToken.None);

        Assert.Equal(request.Reference, shipment.Reference);
        Assert.True(GlsParcelNumber.Instance.IsValid(shipment.TrackingNumber), shipment.TrackingNumber);
        Assert.Equal((LabelFormats.Zpl203, (int?)203), (shipment.Label.Format, shipment.Label.Dpi));
        Assert.StartsWith("^XA", shipment.Label.Zpl);
        Assert.Contains(shipment.TrackingNumber, shipment.Label.Zpl);
        Assert.Equal(GlsProtocol.LabelZpl203, (string?)Sent(GlsProtocol.LabelsExt).Element("mode"));
        Assert.Equal((1, 1, 1), (_gls.Count(GlsProtocol.Login), _gls.Count(GlsProtocol.Insert), _gls.Count(GlsProtocol.LabelsExt)));
        Assert.Equal(1, _gls.ConsignsWithReference(request.Reference));
    }

    [Theory]
    [InlineData(300, GlsProtocol.LabelZpl300, LabelFormats.Zpl300)]
    [InlineData(600, GlsProtocol.LabelPdf, LabelFormats.Pdf)]
    public async Task A_station_gets_the_label_GLS_prints_for_its_printer(int dpi, string mode, LabelFormats format)
    {
        var shipment = await _gls.Gls().CreateAsync(ShippingSamples.Request(GlsSandbox.Courier, dpi: dpi), CancellationToken.None);

        Assert.Equal(format, shipment.Label.Format);
        Assert.Equal(mode, (string?)Sent(GlsProtocol.LabelsExt).Element("mode"));
    }

    [Fact]
    public async Task The_consignment_carries_our_reference_the_parcel_in_kilograms_and_the_session_never_the_password()
    {
        var request = ShippingSamples.Request(GlsSandbox.Courier, weightGrams: 1250) with { CashOnDeliveryGrosze = 12_345 };

        await _gls.Gls().CreateAsync(request, CancellationToken.None);
        var consign = Sent(GlsProtocol.Insert).Element("consign_prep_data")!;

        Assert.Equal(request.Reference, (string?)consign.Element("references"));
        Assert.Equal(request.Reference, (string?)consign.Element("parcels")!.Element("items")!.Element("reference"));
        Assert.Equal(("Anna Wiśniewska", "PL", "00061", "Warszawa", "ul. Marszałkowska 140 m. 12"), ((string?)consign.Element("rname1"),
            (string?)consign.Element("rcountry"), (string?)consign.Element("rzipcode"), (string?)consign.Element("rcity"), (string?)consign.Element("rstreet")));
        Assert.Equal(("1.25", "1"), ((string?)consign.Element("weight"), (string?)consign.Element("quantity")));
        Assert.Equal(("1", "123.45"), ((string?)consign.Element("srv_bool")!.Element("cod"), (string?)consign.Element("srv_bool")!.Element("cod_amount")));
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", (string?)consign.Element("date"));
        Assert.Equal(("05800", "Magazyn Północ Sp. z o.o."), ((string?)consign.Element("sendaddr")!.Element("zipcode"), (string?)consign.Element("sendaddr")!.Element("name1")));
        Assert.Equal((GlsLoopback.User, GlsLoopback.Password), ((string?)Sent(GlsProtocol.Login).Element("user_name"), (string?)Sent(GlsProtocol.Login).Element("user_password")));
        Assert.All(_gls.Seen.Where(s => s.Operation != GlsProtocol.Login), s => Assert.DoesNotContain(GlsLoopback.Password, s.Envelope));
        Assert.All(_gls.Seen, s => Assert.StartsWith("text/xml", s.ContentType));
        Assert.All(_gls.Seen, s => Assert.Equal($"\"{GlsLoopback.Service.NamespaceName}#{s.Operation}\"", s.SoapAction));
    }

    [Fact]
    public async Task One_session_serves_many_parcels_and_an_expired_one_is_renewed_once()
    {
        var carrier = _gls.Gls();

        await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);
        await carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None);
        _gls.ExpireSessions();
        var request = ShippingSamples.Request(GlsSandbox.Courier);
        var third = await carrier.CreateAsync(request, CancellationToken.None);

        Assert.Equal(2, _gls.Count(GlsProtocol.Login));
        // The insert refused for its session did nothing at GLS; sent again with the new one, it made one consignment.
        Assert.Equal(4, _gls.Count(GlsProtocol.Insert));
        Assert.Equal(1, _gls.ConsignsWithReference(request.Reference));
        Assert.NotNull(third.Label.Zpl);
    }

    [Theory, MemberData(nameof(ShippingSamples.HostileNames), MemberType = typeof(ShippingSamples))]
    public async Task A_hostile_name_is_sent_as_text_and_reads_back_as_written(string name)
    {
        var request = ShippingSamples.Request(GlsSandbox.Courier) with { Recipient = ShippingSamples.Customer with { Name = name, City = name } };

        var shipment = await _gls.Gls().CreateAsync(request, CancellationToken.None);
        var consign = Sent(GlsProtocol.Insert).Element("consign_prep_data")!;

        Assert.Equal(name, (string?)consign.Element("rname1"));
        Assert.Equal(name, (string?)consign.Element("rcity"));
        Assert.Single(consign.Elements("rname1"));
        Assert.Equal(request.Reference, (string?)consign.Element("references"));
        Assert.DoesNotContain("<script>", _gls.Seen.First(s => s.Operation == GlsProtocol.Insert).Envelope);
        Assert.True(GlsParcelNumber.Instance.IsValid(shipment.TrackingNumber));
    }

    [Fact]
    public async Task Very_long_fields_and_characters_XML_cannot_carry_go_as_text_without_breaking_the_envelope()
    {
        var longName = string.Concat(Enumerable.Repeat("Przedsiębiorstwo & <Syn> ", 400));
        var request = ShippingSamples.Request(GlsSandbox.Courier) with
        {
            Recipient = ShippingSamples.Customer with { Name = longName, Street = "ul. " + new string('Ż', 5000) + " 1\u0001\u001b" },
        };

        await _gls.Gls().CreateAsync(request, CancellationToken.None);
        var consign = Sent(GlsProtocol.Insert).Element("consign_prep_data")!;

        Assert.Equal(longName, (string?)consign.Element("rname1"));
        Assert.Equal("ul. " + new string('Ż', 5000) + " 1", (string?)consign.Element("rstreet"));
        Assert.Single(consign.Elements("references"));
    }
}
