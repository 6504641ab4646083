using System.Xml.Linq;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The live DPD adapter against the DPDServices stand-in (<see cref="DpdLoopback"/>, its sources cited
/// there): generatePackagesNumbersV4 with our reference, then generateSpedLabelsV4 for the label.
/// </summary>
public sealed class DpdLive_MakesShipments : IDisposable
{
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    private XElement Sent(string operation) =>
        XDocument.Parse(_dpd.Seen.Last(s => s.Operation == operation).Envelope).Root!
            .Element(DpdProtocol.Soap + "Body")!.Element(DpdProtocol.Services + operation)!;

    [Fact]
    public async Task A_parcel_is_registered_under_our_reference_and_its_ZPL_label_comes_back_once()
    {
        var request = ShippingSamples.Request(DpdSandbox.Courier);

        var shipment = await _dpd.Dpd().CreateAsync(request, CancellationToken.None);

        Assert.Equal(request.Reference, shipment.Reference);
        Assert.Matches("^[0-9]{13}Q$", shipment.TrackingNumber); // the form of the README's 0000092494467Q
        Assert.Equal((LabelFormats.Zpl203, (int?)203), (shipment.Label.Format, shipment.Label.Dpi));
        Assert.StartsWith("^XA", shipment.Label.Zpl);
        Assert.Contains(shipment.TrackingNumber, shipment.Label.Zpl);
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateNumbers));
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateLabels));
        Assert.Equal(1, _dpd.ParcelsWithReference(request.Reference));
    }

    [Fact]
    public async Task The_registration_carries_our_reference_the_account_and_the_parcel_in_DPD_units()
    {
        var request = ShippingSamples.Request(DpdSandbox.Courier, weightGrams: 1250, outer: new Warehouse.Core.Catalog.Dimensions(301, 200, 95)) with { CashOnDeliveryGrosze = 12_345 };

        await _dpd.Dpd().CreateAsync(request, CancellationToken.None);
        var sent = Sent(DpdProtocol.GenerateNumbers);
        var package = sent.Element("openUMLFeV3")!.Element("packages")!;
        var parcel = package.Element("parcels")!;

        Assert.Equal(request.Reference, (string?)package.Element("reference"));
        Assert.Equal(request.Reference, (string?)parcel.Element("reference"));
        Assert.Equal(request.OrderNumber, (string?)package.Element("ref1"));
        Assert.Equal(("31", "20", "10", "1.25"), ((string?)parcel.Element("sizeX"), (string?)parcel.Element("sizeY"), (string?)parcel.Element("sizeZ"), (string?)parcel.Element("weight")));
        Assert.Equal("00061", (string?)package.Element("receiver")!.Element("postalCode"));
        Assert.Equal(DpdLoopback.Fid, (string?)package.Element("sender")!.Element("fid"));
        Assert.Equal(("123.45", "PLN"), ((string?)package.Element("services")!.Element("cod")!.Element("amount"), (string?)package.Element("services")!.Element("cod")!.Element("currency")));
        Assert.Equal("STOP_ON_FIRST_ERROR", (string?)sent.Element("pkgNumsGenerationPolicyV1"));
        var auth = sent.Element("authDataV1")!;
        Assert.Equal((DpdLoopback.Login, DpdLoopback.Fid, DpdLoopback.Password), ((string?)auth.Element("login"), (string?)auth.Element("masterFid"), (string?)auth.Element("password")));
        var label = Sent(DpdProtocol.GenerateLabels);
        Assert.Equal(("ZPL", "LBL_PRINTER", "BIC3"), ((string?)label.Element("outputDocFormatV1"), (string?)label.Element("outputDocPageFormatV1"), (string?)label.Element("outputLabelType")));
        Assert.All(_dpd.Seen, s => Assert.StartsWith("text/xml", s.ContentType));
    }

    [Fact]
    public async Task A_station_with_a_300_dpi_printer_gets_the_PDF_label_DPD_has_no_300_dpi_ZPL()
    {
        var shipment = await _dpd.Dpd().CreateAsync(ShippingSamples.Request(DpdSandbox.Courier, dpi: 300), CancellationToken.None);

        Assert.Equal(LabelFormats.Pdf, shipment.Label.Format);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(shipment.Label.Pdf!));
        Assert.Equal("PDF", (string?)Sent(DpdProtocol.GenerateLabels).Element("outputDocFormatV1"));
    }

    [Theory, MemberData(nameof(ShippingSamples.HostileNames), MemberType = typeof(ShippingSamples))]
    public async Task A_hostile_name_is_sent_as_text_and_reads_back_as_written(string name)
    {
        var request = ShippingSamples.Request(DpdSandbox.Courier) with { Recipient = ShippingSamples.Customer with { Name = name, Street = name } };

        await _dpd.Dpd().CreateAsync(request, CancellationToken.None);
        var receiver = Sent(DpdProtocol.GenerateNumbers).Element("openUMLFeV3")!.Element("packages")!.Element("receiver")!;

        Assert.Equal(name, (string?)receiver.Element("name"));
        Assert.Equal(name, (string?)receiver.Element("address"));
        Assert.Single(receiver.Elements("name"));
        Assert.Equal(DpdLoopback.Password, (string?)Sent(DpdProtocol.GenerateNumbers).Element("authDataV1")!.Element("password"));
        Assert.DoesNotContain("<script>", _dpd.Seen.First().Envelope);
    }

    [Fact]
    public async Task Characters_XML_cannot_carry_are_left_out_instead_of_failing_the_call()
    {
        var request = ShippingSamples.Request(DpdSandbox.Courier) with { Recipient = ShippingSamples.Customer with { Name = "Anna\u0001\u001bWiśniewska" } };

        var shipment = await _dpd.Dpd().CreateAsync(request, CancellationToken.None);

        Assert.NotNull(shipment.Label.Zpl);
        Assert.Equal("AnnaWiśniewska", (string?)Sent(DpdProtocol.GenerateNumbers).Element("openUMLFeV3")!.Element("packages")!.Element("receiver")!.Element("name"));
    }
}
