using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Shipping;

public sealed class ShippingOptions_CheckedAtStart
{
    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings) => ShippingSettings.Problems(settings);

    [Fact]
    public void No_settings_at_all_start_every_carrier_in_sandbox() => Assert.Empty(Problems());

    [Fact]
    public void Sandbox_settings_with_a_cut_off_and_a_long_secret_pass() =>
        Assert.Empty(Problems(("Shipping:Carriers:INPOST:CutOff", "16:30"), ("Shipping:Carriers:INPOST:WebhookSecret", new string('s', 32))));

    [Fact]
    public void An_unknown_carrier_code_is_refused_by_name() =>
        Assert.Contains("Shipping:Carriers:UPS is not a carrier", Assert.Single(Problems(("Shipping:Carriers:UPS:Mode", "Sandbox"))));

    [Theory]
    [InlineData("25:00")]
    [InlineData("4pm")]
    [InlineData("16.00")]
    [InlineData("16:0")]
    public void A_cut_off_that_is_no_time_of_day_is_refused(string cutOff) =>
        Assert.Contains("Shipping:Carriers:DPD:CutOff", Assert.Single(Problems(("Shipping:Carriers:DPD:CutOff", cutOff))));

    [Fact]
    public void A_webhook_secret_under_32_characters_is_refused() =>
        Assert.Contains("Shipping:Carriers:GLS:WebhookSecret", Assert.Single(Problems(("Shipping:Carriers:GLS:WebhookSecret", new string('s', 31)))));

    [Fact]
    public void Live_without_credentials_names_every_missing_setting()
    {
        var problems = Problems(("Shipping:Carriers:DHL:Mode", "Live"));
        Assert.Contains(problems, p => p.Contains("Shipping:Carriers:DHL:BaseUrl"));
        Assert.Contains(problems, p => p.Contains("Shipping:Carriers:DHL:ApiToken"));
        Assert.Contains(problems, p => p.Contains("Shipping:Carriers:DHL:OrganizationId"));
    }

    [Fact]
    public void Live_Pocztex_with_a_token_instead_of_its_login_names_the_login_and_the_password()
    {
        var problems = Problems(
            ("Shipping:Carriers:POCZTEX:Mode", "Live"), ("Shipping:Carriers:POCZTEX:BaseUrl", "https://api.example.pl"),
            ("Shipping:Carriers:POCZTEX:ApiToken", "t"), ("Shipping:Carriers:POCZTEX:OrganizationId", "1495"));

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("Shipping:Carriers:POCZTEX:Login"));
        Assert.Contains(problems, p => p.Contains("Shipping:Carriers:POCZTEX:Password"));
    }

    [Fact]
    public void Live_inpost_needs_no_webhook_secret_it_is_known_by_its_network() =>
        Assert.Empty(Problems(("Shipping:Carriers:INPOST:Mode", "Live"), ("Shipping:Carriers:INPOST:BaseUrl", "https://api-shipx-pl.easypack24.net"),
            ("Shipping:Carriers:INPOST:ApiToken", "t"), ("Shipping:Carriers:INPOST:OrganizationId", "1"),
            ("Shipping:Carriers:INPOST:WebhookSenders:0", "91.216.25.0/24"), ("Shipping:Carriers:INPOST:WebhookSenders:1", "2001:db8::/32")));

    [Theory]
    [InlineData("91.216.25.0/33")]
    [InlineData("inpost.pl")]
    [InlineData("91.216.25.1/24")]
    [InlineData("<script>")]
    public void A_webhook_sender_that_is_no_network_is_refused_by_name(string network) =>
        Assert.Contains($"'{network}' is not a network", Assert.Single(Problems(("Shipping:Carriers:INPOST:WebhookSenders:0", network))));

    [Fact]
    public void Our_own_fleet_has_no_live_mode() =>
        Assert.Contains("own fleet", Assert.Single(Problems(("Shipping:Carriers:OWN:Mode", "Live"))));

    [Fact]
    public void A_negative_price_is_refused() =>
        Assert.Contains("Rates:KURIER:PriceGrosze", Assert.Single(Problems(("Shipping:Carriers:GLS:Rates:KURIER:PriceGrosze", "-1"))));

    [Fact]
    public void The_host_refuses_to_start_with_a_bad_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Shipping:Carriers:INPOST:CutOff"] = "late" }).Build();
        using var provider = new ServiceCollection().AddShipping(configuration).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ShippingOptions>>().Value);
        Assert.Contains("Shipping:Carriers:INPOST:CutOff", error.Message);
    }
}
