using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;

namespace Warehouse.Core.Tests.Shipping;

public sealed class DhlLive_Options
{
    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings) => ShippingSettings.Problems(settings);

    private static (string, string)[] Live(string sap = "6000000", string? login = "WAREHOUSE_API") =>
    [
        ("Shipping:Carriers:DHL:Mode", "Live"),
        ("Shipping:Carriers:DHL:BaseUrl", "https://dhl24.com.pl/webapi2/provider/service.html?ws=1"),
        ("Shipping:Carriers:DHL:ApiToken", "secret"), ("Shipping:Carriers:DHL:OrganizationId", sap),
        .. login is null ? Array.Empty<(string, string)>() : [("Shipping:Carriers:DHL:Login", login)],
    ];

    [Fact]
    public void DHL_live_with_its_user_password_and_SAP_number_starts() => Assert.Empty(Problems(Live()));

    [Fact]
    public void DHL_live_without_a_login_names_the_setting() =>
        Assert.Contains("Shipping:Carriers:DHL:Login", Assert.Single(Problems(Live(login: null))));

    [Fact]
    public void A_SAP_number_that_is_not_a_number_is_refused() =>
        Assert.Contains("OrganizationId must be DHL's SAP number", Assert.Single(Problems(Live(sap: "6000000; DROP TABLE"))));

    [Fact]
    public void DHL_live_over_plain_http_to_another_machine_is_refused() =>
        Assert.Contains("Shipping:Carriers:DHL:BaseUrl", Assert.Single(Problems([.. Live().Where(s => s.Item1 != "Shipping:Carriers:DHL:BaseUrl"),
            ("Shipping:Carriers:DHL:BaseUrl", "http://dhl24.com.pl/webapi2/provider/service.html?ws=1")])));

    [Fact]
    public void Live_DHL_is_the_DHL24_adapter_and_the_others_stay_sandboxes()
    {
        using var dhl = new DhlLoopback();
        var directory = dhl.Carriers().GetRequiredService<CarrierDirectory>();

        Assert.IsType<DhlWebApi>(directory.Find("DHL"));
        Assert.IsNotType<DhlWebApi>(directory.Find("GLS"));
        Assert.Equal(LabelFormats.Zpl203 | LabelFormats.Pdf, directory.Find("DHL").Labels);
        Assert.Equal(DhlSandbox.Profile.Services, directory.Find("DHL").Services);
    }
}
