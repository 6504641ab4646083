using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Carriers.Own;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierSandbox_MakesShipments
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(ShippingSamples.EveryCarrier), MemberType = typeof(ShippingSamples))]
    public async Task Every_carrier_gives_a_number_in_its_own_format_and_a_label(string code, string service, string? point)
    {
        var carrier = ShippingSamples.ByCode(code);
        var shipment = await carrier.CreateAsync(ShippingSamples.Request(service, point), None);
        Assert.True(carrier.TrackingNumbers.IsValid(shipment.TrackingNumber), shipment.TrackingNumber);
        Assert.True(shipment.Label.Zpl is not null || shipment.Label.Pdf is not null);
        Assert.True(carrier.Labels.HasFlag(shipment.Label.Format));
    }

    [Fact]
    public async Task Asking_twice_with_one_reference_makes_two_shipments_as_the_real_carriers_do()
    {
        var inpost = ShippingSamples.InPost();
        var request = ShippingSamples.Request(InPostSandbox.Courier);
        var first = await inpost.CreateAsync(request, None);
        var second = await inpost.CreateAsync(request, None);
        Assert.NotEqual(first.TrackingNumber, second.TrackingNumber);
        Assert.Equal(second.TrackingNumber, (await inpost.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), None))?.TrackingNumber);
    }

    [Fact]
    public async Task Find_gives_the_shipment_made_for_a_reference_and_nothing_for_another()
    {
        var dpd = ShippingSamples.Dpd();
        var request = ShippingSamples.Request("KURIER");
        var made = await dpd.CreateAsync(request, None);
        Assert.Equal(made, await dpd.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), None));
        Assert.Null(await dpd.FindAsync(new ShipmentLookup(ShippingSamples.NewSscc(), DateTime.UtcNow), None));
        Assert.Null(await dpd.FindAsync(new ShipmentLookup("", DateTime.UtcNow), None));
    }

    [Fact]
    public async Task Our_own_fleet_tracks_by_the_sscc_so_asking_again_gives_the_same_shipment()
    {
        var own = ShippingSamples.Own();
        var request = ShippingSamples.Request(OwnFleetSandbox.Pallet, weightGrams: 400_000, outer: new(1200, 800, 1500));
        var first = await own.CreateAsync(request, None);
        Assert.Equal(request.Reference, first.TrackingNumber);
        Assert.Equal(first, await own.CreateAsync(request, None));
    }

    [Theory]
    [InlineData(203, "^PW812^LL1218")]
    [InlineData(300, "^PW1200^LL1800")]
    public async Task A_zpl_label_comes_at_the_requested_resolution_with_carrier_tracking_and_sscc(int dpi, string size)
    {
        var gls = ShippingSamples.Gls();
        var request = ShippingSamples.Request("KURIER", dpi: dpi) with { ParcelNumber = 1, ParcelCount = 2 };
        var shipment = await gls.CreateAsync(request, None);
        Assert.Equal(dpi, shipment.Label.Dpi);
        var zpl = shipment.Label.Zpl!;
        Assert.Contains(size, zpl);
        Assert.Contains("^FDGLS^FS", zpl);
        Assert.Contains(">;" + shipment.TrackingNumber, zpl);
        Assert.Contains(">;>800" + request.Reference, zpl);
        Assert.Contains("^FD1/2^FS", zpl);
    }

    [Fact]
    public async Task Pocztex_gives_a_one_page_pdf()
    {
        var pocztex = ShippingSamples.Pocztex();
        var shipment = await pocztex.CreateAsync(ShippingSamples.Request("KURIER"), None);
        Assert.Equal(LabelFormats.Pdf, shipment.Label.Format);
        var pdf = shipment.Label.Pdf!;
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Count 1", text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page\b"));
    }

    [Fact]
    public async Task Many_packers_at_once_get_distinct_numbers()
    {
        var dhl = ShippingSamples.Dhl();
        var shipments = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => dhl.CreateAsync(ShippingSamples.Request("STANDARD"), None))));
        Assert.Equal(200, shipments.Select(s => s.TrackingNumber).Distinct().Count());
    }

    [Fact]
    public void The_tracking_page_is_the_carriers_own_with_the_number_escaped()
    {
        Assert.Equal("https://inpost.pl/sledzenie-przesylek?number=620000000000000000000001",
            ShippingSamples.InPost().TrackingUrl("620000000000000000000001").AbsoluteUri);
        Assert.Equal("https://emonitoring.poczta-polska.pl/?numer=A%26B%3D1%20x",
            ShippingSamples.Pocztex().TrackingUrl("A&B=1 x").AbsoluteUri);
    }

    [Fact]
    public void Only_inpost_pushes_events()
    {
        Assert.True(ShippingSamples.InPost().PushesEvents);
        Assert.All(new[] { ShippingSamples.Dpd(), ShippingSamples.Dhl(), ShippingSamples.Gls(), ShippingSamples.Pocztex(), ShippingSamples.Own() },
            c => Assert.False(c.PushesEvents));
    }
}
