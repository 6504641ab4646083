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

    [Theory]
    [InlineData("http://dpdinfoservices.dpd.com.pl/DPDInfoServicesObjEventsService/DPDInfoServicesObjEvents")]
    [InlineData("dpdinfoservices.dpd.com.pl")]
    [InlineData("ftp://dpdinfoservices.dpd.com.pl/")]
    public void A_tracking_address_that_is_not_https_is_refused_by_name(string url) =>
        Assert.Contains("Shipping:Carriers:DPD:TrackingUrl", Assert.Single(Problems([.. Live(), ("Shipping:Carriers:DPD:TrackingUrl", url)])));

    [Theory]
    [InlineData("https://dpdinfoservices.dpd.com.pl/DPDInfoServicesObjEventsService/DPDInfoServicesObjEvents")]
    [InlineData("http://127.0.0.1:5000/DPDInfoServicesObjEventsService/DPDInfoServicesObjEvents")]
    public void A_tracking_address_over_https_or_to_this_machine_starts(string url) =>
        Assert.Empty(Problems([.. Live(), ("Shipping:Carriers:DPD:TrackingUrl", url)]));

    [Fact]
    public void Without_a_tracking_address_DPD_is_tracked_at_its_production_service()
    {
        using var dpd = new DpdLoopback();

        var client = dpd.Carriers(("Shipping:Carriers:DPD:TrackingUrl", "")).GetRequiredService<IHttpClientFactory>().CreateClient(DpdTracking.ClientName);

        Assert.Equal(new Uri(DpdTrackingProtocol.ProductionUrl), client.BaseAddress);
    }

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
