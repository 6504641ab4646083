using System.Net;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A live carrier that signs nothing is known by its network: InPost's documented 91.216.25.0/24 unless the
/// settings name others; a sandbox carrier, or one without a network, takes no unsigned call at all.
/// </summary>
public sealed class WebhookSenders_Networks
{
    private static CarrierOptions Live(params string[] senders) => new() { Mode = CarrierMode.Live, WebhookSenders = [.. senders] };

    [Theory]
    [InlineData("91.216.25.0", true)]
    [InlineData("91.216.25.255", true)]
    [InlineData("::ffff:91.216.25.7", true)]
    [InlineData("91.216.26.1", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("::1", false)]
    public void Live_inpost_takes_calls_from_its_documented_network_only(string caller, bool allowed) =>
        Assert.Equal(allowed, WebhookSenders.Allows(WebhookSenders.For(CarrierCodes.InPost, Live()), IPAddress.Parse(caller)));

    [Fact]
    public void Networks_in_the_settings_replace_the_documented_ones()
    {
        var networks = WebhookSenders.For(CarrierCodes.InPost, Live("10.0.0.0/8", "2001:db8::/32"));

        Assert.True(WebhookSenders.Allows(networks, IPAddress.Parse("10.1.2.3")));
        Assert.True(WebhookSenders.Allows(networks, IPAddress.Parse("2001:db8::5")));
        Assert.False(WebhookSenders.Allows(networks, IPAddress.Parse("91.216.25.7")));
    }

    [Fact]
    public void A_sandbox_carrier_or_one_without_a_documented_network_takes_no_unsigned_call()
    {
        Assert.Empty(WebhookSenders.For(CarrierCodes.InPost, new CarrierOptions { WebhookSenders = ["0.0.0.0/0"] }));
        Assert.Empty(WebhookSenders.For(CarrierCodes.Dpd, Live()));
        Assert.False(WebhookSenders.Allows(WebhookSenders.For(CarrierCodes.InPost, Live()), null));
    }
}
