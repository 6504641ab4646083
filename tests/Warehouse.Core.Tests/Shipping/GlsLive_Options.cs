using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;

namespace Warehouse.Core.Tests.Shipping;

public sealed class GlsLive_Options
{
    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings) => ShippingSettings.Problems(settings);

    private static (string, string)[] Live(string? login = "magazyn_api", string? password = "secret") =>
    [
        ("Shipping:Carriers:GLS:Mode", "Live"),
        .. login is null ? Array.Empty<(string, string)>() : [("Shipping:Carriers:GLS:Login", login)],
        .. password is null ? Array.Empty<(string, string)>() : [("Shipping:Carriers:GLS:Password", password)],
    ];

    [Fact]
    public void GLS_live_with_its_user_and_password_starts_on_GLSs_production_address() => Assert.Empty(Problems(Live()));

    [Fact]
    public void GLS_live_without_a_login_names_the_setting() =>
        Assert.Contains("Shipping:Carriers:GLS:Login (the ADE Plus WebAPI user) is required", Assert.Single(Problems(Live(login: null))));

    [Fact]
    public void GLS_live_without_a_password_names_the_setting() =>
        Assert.Contains("Shipping:Carriers:GLS:Password", Assert.Single(Problems(Live(password: null))));

    [Fact]
    public void GLS_live_over_plain_http_to_another_machine_is_refused() =>
        Assert.Contains("Shipping:Carriers:GLS:BaseUrl", Assert.Single(Problems([.. Live(),
            ("Shipping:Carriers:GLS:BaseUrl", "http://adeplus.gls-poland.com/adeplus/pm1/ade_webapi2.php")])));

    [Fact]
    public void Live_GLS_is_the_ADE_Plus_adapter_and_the_others_stay_sandboxes()
    {
        using var gls = new GlsLoopback();
        var directory = gls.Carriers().GetRequiredService<CarrierDirectory>();

        Assert.IsType<GlsAdePlus>(directory.Find("GLS"));
        Assert.Equal(LabelFormats.Zpl203 | LabelFormats.Zpl300 | LabelFormats.Pdf, directory.Find("GLS").Labels);
        Assert.Equal(GlsSandbox.Profile.Services, directory.Find("GLS").Services);
        Assert.IsNotType<GlsAdePlus>(directory.Find("DHL"));
        Assert.Equal(6, directory.All.Count);
    }
}
