using System.Text.Json.Nodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Carriers.InPost.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Create → created → confirmed → label, against <see cref="ShipXLoopback"/>. Request fields as listed in
/// "Creating a shipment in the simplified mode"
/// (https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/18153501): receiver, sender, parcels
/// (template for lockers, dimensions + weight for courier), custom_attributes.target_point, cod,
/// insurance, reference, service. The page's own example bodies were not readable to us; these assert the
/// documented field names only.
/// </summary>
public sealed class InPostLive_MakesShipments : IDisposable
{
    private readonly ShipXLoopback _shipx = new();

    public void Dispose() => _shipx.Dispose();

    [Fact]
    public async Task A_locker_parcel_is_created_confirmed_and_labelled_in_zpl()
    {
        var carrier = _shipx.InPost();
        Assert.IsType<InPostShipX>(carrier);
        var request = ShippingSamples.Request(InPostSandbox.Locker, pickupPoint: "KRA010", outer: new Dimensions(300, 200, 60));

        var shipment = await carrier.CreateAsync(request, CancellationToken.None);

        Assert.Equal("602677439331630337653847", shipment.TrackingNumber);
        Assert.Equal(request.Reference, shipment.Reference);
        Assert.Equal(LabelFormats.Zpl203, shipment.Label.Format);
        Assert.Contains(shipment.TrackingNumber, shipment.Label.Zpl);
        var post = Assert.Single(_shipx.Seen, s => s.Method == "POST");
        Assert.Equal("Bearer " + ShipXLoopback.Token, post.Authorization);
        var body = JsonNode.Parse(post.Body)!;
        Assert.Equal(request.Reference, (string?)body["reference"]);
        Assert.Equal("inpost_locker_standard", (string?)body["service"]);
        Assert.Equal("KRA010", (string?)body["custom_attributes"]!["target_point"]);
        Assert.Equal("small", (string?)body["parcels"]![0]!["template"]);
        Assert.Equal("600100200", (string?)body["receiver"]!["phone"]);
        Assert.Equal("ul. Marszałkowska", (string?)body["receiver"]!["address"]!["street"]);
        Assert.Equal("140 m. 12", (string?)body["receiver"]!["address"]!["building_number"]);
        Assert.All(_shipx.Seen, s => Assert.Equal("Bearer " + ShipXLoopback.Token, s.Authorization));
        Assert.Contains(_shipx.Seen, s => s.Method == "GET" && s.Path.EndsWith("/label?format=Zpl&type=A6", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_locker_label_at_300_dpi_is_zpl_dpi300()
    {
        var shipment = await _shipx.InPost().CreateAsync(ShippingSamples.Request(InPostSandbox.Locker, pickupPoint: "KRA010", dpi: 300), CancellationToken.None);

        Assert.Equal(LabelFormats.Zpl300, shipment.Label.Format);
        Assert.Contains(_shipx.Seen, s => s.Path.EndsWith("/label?format=Zpl&type=dpi300", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_courier_parcel_goes_by_its_size_and_weight_and_its_300_dpi_label_is_a_pdf()
    {
        // ShipX has dpi300 ZPL only for locker services ("Shipment label download", pages/18153509).
        var request = ShippingSamples.Request(InPostSandbox.Courier, weightGrams: 1250, dpi: 300) with { CashOnDeliveryGrosze = 12_999 };

        var shipment = await _shipx.InPost().CreateAsync(request, CancellationToken.None);

        Assert.Equal(LabelFormats.Pdf, shipment.Label.Format);
        var body = JsonNode.Parse(Assert.Single(_shipx.Seen, s => s.Method == "POST").Body)!;
        Assert.Equal("inpost_courier_standard", (string?)body["service"]);
        Assert.Equal(300, (int)body["parcels"]![0]!["dimensions"]!["length"]!);
        Assert.Equal("mm", (string?)body["parcels"]![0]!["dimensions"]!["unit"]);
        Assert.Equal(1.25m, (decimal)body["parcels"]![0]!["weight"]!["amount"]!);
        Assert.Equal(129.99m, (decimal)body["cod"]!["amount"]!);
        Assert.Equal(129.99m, (decimal)body["insurance"]!["amount"]!);
        Assert.Null(body["custom_attributes"]);
    }

    [Fact]
    public async Task A_locker_parcel_without_a_locker_is_refused_before_any_call()
    {
        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _shipx.InPost().CreateAsync(ShippingSamples.Request(InPostSandbox.Locker), CancellationToken.None));

        Assert.Contains("locker", refused.Message);
        Assert.Empty(_shipx.Seen);
    }
}
