using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Pocztex;
using Warehouse.Core.Shipping.Carriers.Pocztex.Live;

namespace Warehouse.Core.Tests.Shipping;

public sealed class PocztexLive_Options
{
    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings) => ShippingSettings.Problems(settings);

    private static (string, string)[] Live(string? login = "magazyn_en", string? password = "secret") =>
    [
        ("Shipping:Carriers:POCZTEX:Mode", "Live"),
        .. login is null ? Array.Empty<(string, string)>() : [("Shipping:Carriers:POCZTEX:Login", login)],
        .. password is null ? Array.Empty<(string, string)>() : [("Shipping:Carriers:POCZTEX:Password", password)],
    ];

    [Fact]
    public void Pocztex_live_with_its_login_and_password_starts_on_Poczta_Polskas_production_address() => Assert.Empty(Problems(Live()));

    [Fact]
    public void Pocztex_live_on_the_documented_test_address_starts() =>
        Assert.Empty(Problems([.. Live(), ("Shipping:Carriers:POCZTEX:BaseUrl", PocztexProtocol.TestUrl)]));

    [Fact]
    public void Pocztex_live_without_a_login_names_the_setting() =>
        Assert.Contains("Shipping:Carriers:POCZTEX:Login (the e-Nadawca user) is required", Assert.Single(Problems(Live(login: null))));

    [Fact]
    public void Pocztex_live_without_a_password_names_the_setting() =>
        Assert.Contains("Shipping:Carriers:POCZTEX:Password", Assert.Single(Problems(Live(password: null))));

    [Fact]
    public void Pocztex_live_over_plain_http_to_another_machine_is_refused() =>
        Assert.Contains("Shipping:Carriers:POCZTEX:BaseUrl", Assert.Single(Problems([.. Live(),
            ("Shipping:Carriers:POCZTEX:BaseUrl", "http://e-nadawca.poczta-polska.pl/websrv/en.php")])));

    [Fact]
    public void Pocztex_live_with_a_tracking_user_starts_on_the_production_tracking_address() =>
        Assert.Empty(Problems([.. Live(), ("Shipping:Carriers:POCZTEX:TrackingLogin", "magazyn_tt"), ("Shipping:Carriers:POCZTEX:TrackingPassword", "tt-secret")]));

    [Fact]
    public void Pocztex_live_without_a_tracking_user_starts_and_tracks_nothing() =>
        Assert.Empty(Problems([.. Live(), ("Shipping:Carriers:POCZTEX:TrackingUrl", PocztexTrackingProtocol.ProductionUrl)]));

    [Theory]
    [InlineData("Shipping:Carriers:POCZTEX:TrackingLogin", "magazyn_tt")]
    [InlineData("Shipping:Carriers:POCZTEX:TrackingPassword", "tt-secret")]
    public void Half_a_tracking_user_names_both_settings(string key, string value)
    {
        var problem = Assert.Single(Problems([.. Live(), (key, value)]));

        Assert.Contains("Shipping:Carriers:POCZTEX:TrackingLogin and TrackingPassword", problem);
    }

    [Fact]
    public void A_tracking_address_over_plain_http_to_another_machine_is_refused() =>
        Assert.Contains("Shipping:Carriers:POCZTEX:TrackingUrl", Assert.Single(Problems([.. Live(),
            ("Shipping:Carriers:POCZTEX:TrackingUrl", "http://tt.poczta-polska.pl/Sledzenie/services/Sledzenie.SledzenieHttpSoap11Endpoint/")])));

    [Fact]
    public void Live_Pocztex_is_the_e_Nadawca_adapter_and_the_others_stay_sandboxes()
    {
        using var pp = new PocztexLoopback();
        var directory = pp.Carriers().GetRequiredService<CarrierDirectory>();

        Assert.IsType<PocztexENadawca>(directory.Find("POCZTEX"));
        Assert.Equal(PocztexSandbox.Profile.Services, directory.Find("POCZTEX").Services);
        Assert.IsNotType<PocztexENadawca>(directory.Find("GLS"));
        Assert.Equal(6, directory.All.Count);
    }
}
