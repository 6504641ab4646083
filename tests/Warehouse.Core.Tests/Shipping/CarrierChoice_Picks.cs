using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Calendar;
using Warehouse.Core.Shipping.Choice;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierChoice_Picks
{
    // Tue 14 Apr 2026, 09:00 in Warsaw: every van still comes.
    private static readonly DateTime Morning = new(2026, 4, 14, 7, 0, 0, DateTimeKind.Utc);
    private static readonly Dimensions Shoebox = new(300, 200, 100);

    private static CarrierChoice Choice(ShippingOptions? options = null) => new(
        [ShippingSamples.InPost(), ShippingSamples.Dpd(), ShippingSamples.Dhl(), ShippingSamples.Gls(), ShippingSamples.Pocztex(), ShippingSamples.Own()],
        CarrierCalendar.Warsaw(), options ?? new ShippingOptions());

    private static ParcelToShip Parcel(string? carrier, string? service, int grams = 1200, Dimensions? outer = null, string country = "PL", DateTime? now = null) =>
        new(carrier, service, grams, outer ?? Shoebox, country, now ?? Morning);

    [Theory]
    [InlineData("InPost", "Paczkomat", "INPOST", "PACZKOMAT")]
    [InlineData("InPost", "Kurier", "INPOST", "KURIER")]
    [InlineData("DPD", "Kurier", "DPD", "KURIER")]
    [InlineData("DHL", "Standard", "DHL", "STANDARD")]
    [InlineData("Poczta Polska", "Pocztex", "POCZTEX", "KURIER")]
    [InlineData("  inpost ", "PACZKOMAT", "INPOST", "PACZKOMAT")]
    [InlineData("POCZTEX", "punkt", "POCZTEX", "PUNKT")]
    public void The_customers_choice_is_mapped_from_the_orders_free_text(string carrier, string service, string code, string serviceCode)
    {
        var pick = Choice().Choose(Parcel(carrier, service));
        Assert.True(pick.Chosen, pick.Refusal);
        Assert.Equal((code, serviceCode), (pick.CarrierCode, pick.ServiceCode));
    }

    [Fact]
    public void A_locker_choice_names_the_compartment() =>
        Assert.Contains("locker size A", Choice().Choose(Parcel("InPost", "Paczkomat", outer: new Dimensions(300, 200, 70))).Reason);

    [Fact]
    public void A_parcel_that_breaks_the_customers_carrier_is_refused_not_moved_elsewhere()
    {
        var pick = Choice().Choose(Parcel("InPost", "Paczkomat", grams: 26_000));
        Assert.False(pick.Chosen);
        Assert.Equal("INPOST", pick.CarrierCode);
        Assert.Contains("25,00 kg", pick.Refusal);
    }

    [Fact]
    public void Without_a_known_carrier_the_cheapest_door_to_door_service_whose_van_comes_today_wins() =>
        // Pocztex Kurier 14.99 zł is cheapest door to door (lockers need the customer's point).
        Assert.Equal(("POCZTEX", "KURIER"), Pick(Choice().Choose(Parcel("Kurier Zenek", "ekspres"))));

    [Fact]
    public void After_one_carriers_cut_off_a_dearer_carrier_still_coming_today_wins() =>
        // 14:30 in Warsaw: Pocztex (14:00) has gone, GLS (15:00, 15.49 zł) still comes.
        Assert.Equal(("GLS", "KURIER"), Pick(Choice().Choose(Parcel(null, null, now: new DateTime(2026, 4, 14, 12, 30, 0, DateTimeKind.Utc)))));

    [Fact]
    public void Abroad_only_carriers_that_go_there_are_chosen() =>
        Assert.Equal(("GLS", "KURIER"), Pick(Choice().Choose(Parcel(null, null, country: "HU"))));

    [Fact]
    public void A_heavy_parcel_goes_to_the_carrier_that_takes_it() =>
        Assert.Equal(("INPOST", "KURIER"), Pick(Choice().Choose(Parcel("", "", grams: 45_000))));

    [Fact]
    public void A_pallet_goes_with_our_own_fleet() =>
        Assert.Equal(("OWN", "PALETA"), Pick(Choice().Choose(Parcel(null, null, grams: 300_000, outer: new Dimensions(1200, 800, 1400)))));

    [Fact]
    public void A_parcel_nobody_takes_is_refused_with_the_reasons()
    {
        var pick = Choice().Choose(Parcel(null, null, country: "JP"));
        Assert.False(pick.Chosen);
        Assert.Contains("does not go to JP", pick.Refusal);
    }

    [Fact]
    public void Configured_prices_change_the_choice()
    {
        var options = new ShippingOptions();
        options.Carriers["DHL"] = new CarrierOptions { Rates = { ["STANDARD"] = new ServiceRate { PriceGrosze = 999 } } };
        Assert.Equal(("DHL", "STANDARD"), Pick(Choice(options).Choose(Parcel(null, null))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-500)]
    public void Nonsense_weights_are_refused(int grams) =>
        Assert.False(Choice().Choose(Parcel("DPD", "Kurier", grams: grams)).Chosen);

    private static (string?, string?) Pick(CarrierPick pick)
    {
        Assert.True(pick.Chosen, pick.Refusal);
        return (pick.CarrierCode, pick.ServiceCode);
    }
}
