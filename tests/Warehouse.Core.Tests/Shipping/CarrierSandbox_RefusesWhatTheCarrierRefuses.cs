using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierSandbox_RefusesWhatTheCarrierRefuses
{
    private static async Task<string> Refusal(Warehouse.Core.Shipping.Sandbox.CarrierSandbox carrier, ShipmentRequest request) =>
        (await Assert.ThrowsAsync<CarrierRefused>(() => carrier.CreateAsync(request, CancellationToken.None))).Message;

    [Fact]
    public async Task A_parcel_over_the_weight_limit_is_refused_naming_the_limit() =>
        Assert.Contains("31,50 kg", await Refusal(ShippingSamples.Dpd(), ShippingSamples.Request("KURIER", weightGrams: 31_501)));

    [Fact]
    public async Task A_carton_too_big_for_any_locker_is_refused() =>
        Assert.Contains("410×380×640 mm", await Refusal(ShippingSamples.InPost(), ShippingSamples.Request("PACZKOMAT", "KRA010", outer: new Dimensions(420, 380, 640))));

    [Fact]
    public async Task A_carton_over_gls_length_plus_girth_is_refused() =>
        Assert.Contains("length plus girth up to 300 cm", await Refusal(ShippingSamples.Gls(), ShippingSamples.Request("KURIER", outer: new Dimensions(1500, 400, 400))));

    [Fact]
    public async Task A_carton_over_inpost_courier_sum_of_sides_is_refused() =>
        Assert.Contains("220 cm", await Refusal(ShippingSamples.InPost(), ShippingSamples.Request("KURIER", outer: new Dimensions(1000, 700, 600))));

    [Fact]
    public async Task An_unknown_service_is_refused_listing_the_known_ones() =>
        Assert.Contains("PACZKOMAT, KURIER", await Refusal(ShippingSamples.InPost(), ShippingSamples.Request("EXPRESS")));

    [Fact]
    public async Task A_locker_service_without_a_pickup_point_is_refused() =>
        Assert.Contains("pickup point", await Refusal(ShippingSamples.InPost(), ShippingSamples.Request("PACZKOMAT")));

    [Fact]
    public async Task A_pickup_point_on_a_door_to_door_service_is_refused() =>
        Assert.Contains("KRA010", await Refusal(ShippingSamples.Dpd(), ShippingSamples.Request("KURIER", "KRA010")));

    [Theory]
    [InlineData("00950")]
    [InlineData("0-0950")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("00-95O")]
    public async Task A_polish_recipient_without_an_nn_nnn_postal_code_is_refused(string? postalCode)
    {
        var request = ShippingSamples.Request("KURIER") with { Recipient = ShippingSamples.Customer with { PostalCode = postalCode! } };
        Assert.Contains("NN-NNN", await Refusal(ShippingSamples.Gls(), request));
    }

    [Fact]
    public async Task Cash_on_delivery_on_a_service_without_it_is_refused()
    {
        var request = ShippingSamples.Request("PALETA", weightGrams: 200_000, outer: new Dimensions(1200, 800, 1000)) with { CashOnDeliveryGrosze = 10_000 };
        Assert.Contains("no cash on delivery", await Refusal(ShippingSamples.Own(), request));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1200)]
    public async Task A_negative_or_zero_weight_is_refused(int grams) =>
        Assert.Contains("weigh it again", await Refusal(ShippingSamples.Dhl(), ShippingSamples.Request("STANDARD", weightGrams: grams)));

    [Fact]
    public async Task A_nonsense_size_is_refused() =>
        Assert.Contains("measure it again", await Refusal(ShippingSamples.Dhl(), ShippingSamples.Request("STANDARD", outer: new Dimensions(300, -1, 100))));

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("359012347000000018")]
    public async Task A_reference_that_is_not_a_valid_sscc_is_refused(string reference) =>
        Assert.Contains("SSCC", await Refusal(ShippingSamples.Dpd(), ShippingSamples.Request("KURIER") with { Reference = reference }));

    [Fact]
    public async Task A_missing_recipient_or_an_empty_name_is_refused()
    {
        Assert.Contains("recipient is missing", await Refusal(ShippingSamples.Dpd(), ShippingSamples.Request("KURIER") with { Recipient = null! }));
        Assert.Contains("no name", await Refusal(ShippingSamples.Dpd(), ShippingSamples.Request("KURIER") with { Recipient = ShippingSamples.Customer with { Name = " " } }));
    }

    [Fact]
    public async Task A_resolution_no_label_printer_has_is_refused() =>
        Assert.Contains("600 dpi", await Refusal(ShippingSamples.Gls(), ShippingSamples.Request("KURIER", dpi: 600)));

    [Fact]
    public async Task A_hostile_name_is_printed_as_text_not_run_as_zpl()
    {
        var request = ShippingSamples.Request("KURIER") with { Recipient = ShippingSamples.Customer with { Name = "^XZ^XA~JA" } };
        var zpl = (await ShippingSamples.Dpd().CreateAsync(request, CancellationToken.None)).Label.Zpl!;
        Assert.DoesNotContain("~JA", zpl);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(zpl, @"\^XZ"));
    }
}
