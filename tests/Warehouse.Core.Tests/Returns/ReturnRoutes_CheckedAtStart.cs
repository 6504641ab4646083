using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Returns;

/// <summary>A drop-off route the portal could not keep stops the app at start, naming the key and why.</summary>
public sealed class ReturnRoutes_CheckedAtStart
{
    /// <summary>What the start says of these settings, with the carriers as the app wires them; empty when it would start.</summary>
    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        using var provider = new ServiceCollection().AddShipping(configuration).AddReturnRoutes(configuration).BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<ReturnRoutesOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
    }

    [Fact]
    public void The_default_routes_start() => Assert.Empty(Problems());

    [Fact]
    public void Leaving_some_methods_out_starts() =>
        Assert.Empty(Problems(("Returns:DropOff:CourierPickup:Carrier", ""), ("Returns:DropOff:PostOffice:Carrier", "")));

    [Fact]
    public void A_carrier_the_warehouse_does_not_have_is_refused_naming_the_carriers() =>
        Assert.Equal("Returns:DropOff:CourierPickup:Carrier 'UPS' is not a carrier of this warehouse; the carriers are DHL, DPD, GLS, INPOST, OWN, POCZTEX.",
            Assert.Single(Problems(("Returns:DropOff:CourierPickup:Carrier", "UPS"))));

    [Fact]
    public void A_service_the_carrier_does_not_offer_is_refused_naming_its_services() =>
        Assert.Equal("Returns:DropOff:ParcelPoint:Service 'EXPRESS' is not a service of DHL; its services are STANDARD.",
            Assert.Single(Problems(("Returns:DropOff:ParcelPoint:Service", "EXPRESS"))));

    [Fact]
    public void The_locker_by_another_carrier_is_refused_its_code_is_InPost_s() =>
        Assert.Contains("Returns:DropOff:InPostLocker:Carrier must be INPOST",
            Assert.Single(Problems(("Returns:DropOff:InPostLocker:Carrier", "DPD"))));

    [Fact]
    public void A_route_to_live_DPD_starts_its_returns_are_of_its_own_parcels() =>
        Assert.Empty(Problems(
            ("Shipping:Carriers:DPD:Mode", "Live"), ("Shipping:Carriers:DPD:BaseUrl", "https://dpdservices.dpd.com.pl/DPDPackageObjServicesService/DPDPackageObjServices"),
            ("Shipping:Carriers:DPD:ApiToken", "secret"), ("Shipping:Carriers:DPD:OrganizationId", "1495"), ("Shipping:Carriers:DPD:Login", "test"),
            ("Returns:DropOff:ParcelPoint:Carrier", "DPD"), ("Returns:DropOff:ParcelPoint:Service", "KURIER")));

    [Fact]
    public void A_route_to_live_Pocztex_which_makes_no_returns_yet_is_refused_saying_how_to_go_on() =>
        Assert.Equal("Returns:DropOff:PostOffice:Carrier POCZTEX makes no returns in live mode yet (docs/shipping.md): route PostOffice to another carrier, or set its Carrier to \"\" to not offer it.",
            Assert.Single(Problems(
                ("Shipping:Carriers:POCZTEX:Mode", "Live"), ("Shipping:Carriers:POCZTEX:Login", "test"), ("Shipping:Carriers:POCZTEX:Password", "secret"),
                ("Shipping:Carriers:POCZTEX:BaseUrl", Warehouse.Core.Shipping.Carriers.Pocztex.Live.PocztexProtocol.TestUrl))));

    [Fact]
    public void Live_DPD_starts_when_no_return_goes_by_it() =>
        Assert.Empty(Problems(
            ("Shipping:Carriers:DPD:Mode", "Live"), ("Shipping:Carriers:DPD:BaseUrl", "https://dpdservices.dpd.com.pl/DPDPackageObjServicesService/DPDPackageObjServices"),
            ("Shipping:Carriers:DPD:ApiToken", "secret"), ("Shipping:Carriers:DPD:OrganizationId", "1495"), ("Shipping:Carriers:DPD:Login", "test"),
            ("Returns:DropOff:CourierPickup:Carrier", "")));

    [Fact]
    public void No_method_offered_at_all_is_refused() =>
        Assert.Contains("Returns:DropOff offers no drop-off method",
            Assert.Single(Problems(("Returns:DropOff:InPostLocker:Carrier", ""), ("Returns:DropOff:CourierPickup:Carrier", ""),
                ("Returns:DropOff:PostOffice:Carrier", ""), ("Returns:DropOff:ParcelPoint:Carrier", ""))));

    [Fact]
    public void The_host_refuses_to_start_with_a_bad_route()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Returns:DropOff:PostOffice:Carrier"] = "UPS" }).Build();
        using var provider = new ServiceCollection().AddShipping(configuration).AddReturnRoutes(configuration).BuildServiceProvider();
        var startup = provider.GetRequiredService<IStartupValidator>();

        var error = Assert.Throws<OptionsValidationException>(startup.Validate);
        Assert.Contains("Returns:DropOff:PostOffice:Carrier", error.Message);
    }
}
