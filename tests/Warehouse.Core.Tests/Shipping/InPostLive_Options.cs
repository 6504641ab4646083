using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Carriers.InPost.Live;

namespace Warehouse.Core.Tests.Shipping;

public sealed class InPostLive_Options
{
    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings) => ShippingSettings.Problems(settings);

    private static (string, string)[] Live(string baseUrl = "https://api-shipx-pl.easypack24.net") =>
    [
        ("Shipping:Carriers:INPOST:Mode", "Live"), ("Shipping:Carriers:INPOST:BaseUrl", baseUrl),
        ("Shipping:Carriers:INPOST:ApiToken", "t"), ("Shipping:Carriers:INPOST:OrganizationId", "1"),
        ("Shipping:Carriers:INPOST:WebhookSecret", new string('w', 32)),
    ];

    [Fact]
    public void InPost_live_with_its_credentials_starts() => Assert.Empty(Problems(Live()));

    [Theory]
    [InlineData("http://127.0.0.1:5099")]
    [InlineData("http://localhost:5099/")]
    public void Plain_http_is_allowed_to_this_machine_only(string url) => Assert.Empty(Problems(Live(url)));

    [Fact]
    public void Plain_http_across_the_network_is_refused() =>
        Assert.Contains("Shipping:Carriers:INPOST:BaseUrl must be the carrier's https API address", Assert.Single(Problems(Live("http://api-shipx-pl.easypack24.net"))));

    [Fact]
    public void InPost_live_without_credentials_names_each_missing_setting()
    {
        var problems = Problems(("Shipping:Carriers:INPOST:Mode", "Live"));

        // No webhook secret is asked for: ShipX signs nothing, its calls are known by its network (WebhookSenders).
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("Shipping:Carriers:INPOST:BaseUrl"));
        Assert.Contains(problems, p => p.Contains("Shipping:Carriers:INPOST:ApiToken"));
        Assert.Contains(problems, p => p.Contains("Shipping:Carriers:INPOST:OrganizationId"));
    }

    [Fact]
    public void Our_own_fleet_live_is_still_refused() =>
        Assert.Contains("our own fleet has no carrier API", Assert.Single(Problems(
            ("Shipping:Carriers:OWN:Mode", "Live"), ("Shipping:Carriers:OWN:BaseUrl", "https://api.example.pl"),
            ("Shipping:Carriers:OWN:ApiToken", "t"), ("Shipping:Carriers:OWN:OrganizationId", "1"))));

    [Fact]
    public void Live_mode_registers_the_shipx_adapter_and_sandbox_mode_the_sandbox()
    {
        using var live = new ServiceCollection().AddLogging().AddShipping(new ConfigurationBuilder()
            .AddInMemoryCollection(Live().Select(s => new KeyValuePair<string, string?>(s.Item1, s.Item2))).Build()).BuildServiceProvider();
        using var sandbox = new ServiceCollection().AddShipping(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.IsType<InPostShipX>(live.GetRequiredService<CarrierDirectory>().Find("INPOST"));
        Assert.IsType<InPostSandbox>(sandbox.GetRequiredService<CarrierDirectory>().Find("INPOST"));
        Assert.Equal(6, live.GetRequiredService<CarrierDirectory>().All.Count);
    }
}
