using Microsoft.Extensions.Options;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Carriers.Pocztex;
using Warehouse.Core.Shipping.Sandbox;

namespace Warehouse.Core.Tests.Returns;

/// <summary>The drop-off methods the portal offers, and the carrier of each, are the warehouse's setting ("Returns:DropOff").</summary>
public sealed class ReturnRoutes_FromSettings
{
    internal static CarrierDirectory Carriers()
    {
        var serials = SandboxSerials.FromClock(TimeProvider.System);
        return new CarrierDirectory([new InPostSandbox(serials), new DpdSandbox(serials), new DhlSandbox(serials), new GlsSandbox(serials), new PocztexSandbox(serials)]);
    }

    private static ReturnRoutes Routes(ReturnRoutesOptions options) => new(Options.Create(options), Carriers());

    [Fact]
    public void By_default_a_locker_a_courier_a_post_office_and_a_DHL_POP_are_offered()
    {
        var routes = Routes(new ReturnRoutesOptions());

        Assert.Equal(
            [(DropOff.InPostLocker, "INPOST", "KURIER", true, "InPost"), (DropOff.CourierPickup, "DPD", "KURIER", false, "DPD Polska"),
             (DropOff.PostOffice, "POCZTEX", "KURIER", false, "Pocztex"), (DropOff.ParcelPoint, "DHL", "STANDARD", false, "DHL POP")],
            routes.Offered.Select(r => (r.Method, r.CarrierCode, r.ServiceCode, r.ShowsCode, r.Place)));
    }

    [Fact]
    public void A_method_given_another_carrier_goes_by_it_spelled_as_the_carrier_spells_it()
    {
        var options = new ReturnRoutesOptions { CourierPickup = new() { Carrier = "gls", Service = "kurier" }, ParcelPoint = new() { Carrier = "GLS", Service = "KURIER" } };

        var routes = Routes(options);

        Assert.Equal(("GLS", "KURIER"), (routes.For(DropOff.CourierPickup)!.CarrierCode, routes.For(DropOff.CourierPickup)!.ServiceCode));
        Assert.Equal("GLS ParcelShop", routes.For(DropOff.ParcelPoint)!.Place);
    }

    [Fact]
    public void A_method_left_out_is_not_offered_and_its_name_is_refused()
    {
        var routes = Routes(new ReturnRoutesOptions { PostOffice = new() { Carrier = "" } });

        Assert.DoesNotContain(routes.Offered, r => r.Method == DropOff.PostOffice);
        Assert.Null(routes.For(DropOff.PostOffice));
        Assert.False(routes.TryChoose("PostOffice", out _));
        Assert.True(routes.TryChoose("ParcelPoint", out var parcelPoint));
        Assert.Equal(DropOff.ParcelPoint, parcelPoint);
    }

    [Theory]
    [InlineData("Unannounced")]
    [InlineData("parcelPoint")]
    [InlineData("4")]
    [InlineData("InPostLocker,CourierPickup")]
    [InlineData("")]
    public void Only_an_offered_method_by_its_exact_name_is_read(string text) => Assert.False(Routes(new ReturnRoutesOptions()).TryChoose(text, out _));

    [Fact]
    public void Only_the_locker_shows_a_code_whatever_its_route_now() =>
        Assert.Equal([DropOff.InPostLocker], Enum.GetValues<DropOff>().Where(m => m.ShowsCode()));

    [Fact]
    public void Every_method_s_name_fits_its_column() =>
        Assert.All(Enum.GetNames<DropOff>(), name => Assert.InRange(name.Length, 1, 16));
}
