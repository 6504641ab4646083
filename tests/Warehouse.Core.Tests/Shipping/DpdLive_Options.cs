using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;

namespace Warehouse.Core.Tests.Shipping;

public sealed class DpdLive_Options
{
    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings) => ShippingSettings.Problems(settings);

    private static (string, string)[] Live(string fid = "1495", string? login = "test") =>
    [
        ("Shipping:Carriers:DPD:Mode", "Live"),
        ("Shipping:Carriers:DPD:BaseUrl", "https://dpdservices.dpd.com.pl/DPDPackageObjServicesService/DPDPackageObjServices"),
        ("Shipping:Carriers:DPD:ApiToken", "secret"), ("Shipping:Carriers:DPD:OrganizationId", fid),
        .. login is null ? Array.Empty<(string, string)>() : [("Shipping:Carriers:DPD:Login", login)],
    ];

    [Fact]
    public void DPD_live_with_its_login_password_and_FID_starts() => Assert.Empty(Problems(Live()));

    [Fact]
    public void DPD_live_without_a_login_names_the_setting() =>
        Assert.Contains("Shipping:Carriers:DPD:Login", Assert.Single(Problems(Live(login: null))));

    [Fact]
    public void A_FID_that_is_not_a_number_is_refused() =>
        Assert.Contains("OrganizationId must be DPD's FID", Assert.Single(Problems(Live(fid: "1495; DROP TABLE"))));

    [Fact]
    public void Live_DPD_is_the_DPDServices_adapter_and_the_others_stay_sandboxes()
    {
        using var dpd = new DpdLoopback();
        var directory = dpd.Carriers().GetRequiredService<CarrierDirectory>();

        Assert.IsType<DpdServices>(directory.Find("DPD"));
        Assert.IsNotType<DpdServices>(directory.Find("GLS"));
        Assert.Equal(LabelFormats.Zpl203 | LabelFormats.Pdf, directory.Find("DPD").Labels);
        Assert.Equal(DpdSandbox.Profile.Services, directory.Find("DPD").Services);
    }
}
