using Warehouse.Core.Floor;
using Warehouse.Core.Returns;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Returns;

/// <summary>Signed portal links: they open their order and nothing else, until they expire.</summary>
public sealed class ReturnLinks_Signing
{
    private const string Secret = "a-returns-link-secret-of-forty-characters";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    private ReturnLinks Links(string? secret = Secret, int days = 30) =>
        new(Microsoft.Extensions.Options.Options.Create(new ReturnOptions { LinkSecret = secret, LinkDays = days }),
            new FloorClock(_clock, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")));

    private static (string O, string E, string S) Parts(string link)
    {
        Assert.StartsWith(ReturnLinks.Path + "?", link);
        var q = link[(link.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        return (q["o"], q["e"], q["s"]);
    }

    [Fact]
    public void A_link_opens_its_own_order()
    {
        var links = Links();
        var (o, e, s) = Parts(links.For("WS-100/7 ż")!);

        Assert.Equal("WS-100/7 ż", links.Check(o, e, s));
    }

    [Fact]
    public void A_link_with_another_order_number_a_later_expiry_or_a_changed_signature_opens_nothing()
    {
        var links = Links();
        var (o, e, s) = Parts(links.For("WS-100")!);
        var flipped = (s[0] == 'A' ? 'B' : 'A') + s[1..];

        Assert.Null(links.Check("WS-101", e, s));
        Assert.Null(links.Check(o, (long.Parse(e) + 86_400).ToString(), s));
        Assert.Null(links.Check(o, e, flipped));
        Assert.Null(links.Check(o, e, s[..^1]));
        Assert.Null(links.Check(o, "-1", s));
        Assert.Null(links.Check(o, e, null));
    }

    [Fact]
    public void A_link_expires()
    {
        var links = Links(days: 2);
        var (o, e, s) = Parts(links.For("WS-100")!);
        _clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        Assert.Equal("WS-100", links.Check(o, e, s));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(links.Check(o, e, s));
    }

    [Fact]
    public void A_link_signed_with_another_secret_opens_nothing()
    {
        var (o, e, s) = Parts(Links("another-secret-that-is-long-enough-to-use")!.For("WS-100")!);

        Assert.Null(Links().Check(o, e, s));
    }

    [Fact]
    public void Without_a_secret_no_link_is_made_or_believed()
    {
        var (o, e, s) = Parts(Links().For("WS-100")!);

        Assert.Null(Links(secret: null).For("WS-100"));
        Assert.Null(Links(secret: null).Check(o, e, s));
    }

    [Fact]
    public void The_settings_refuse_a_short_secret_and_windows_shorter_than_the_law()
    {
        Assert.Empty(ReturnOptionsCheck.Problems(new ReturnOptions { LinkSecret = Secret }));
        Assert.Contains(ReturnOptionsCheck.Problems(new ReturnOptions { LinkSecret = "short" }), p => p.Contains("Returns:LinkSecret"));
        Assert.Contains(ReturnOptionsCheck.Problems(new ReturnOptions { WithdrawalDays = 13 }), p => p.Contains("Returns:WithdrawalDays"));
        Assert.Contains(ReturnOptionsCheck.Problems(new ReturnOptions { ComplaintMonths = 12 }), p => p.Contains("Returns:ComplaintMonths"));
        Assert.Contains(ReturnOptionsCheck.Problems(new ReturnOptions { LinkDays = 0 }), p => p.Contains("Returns:LinkDays"));
    }
}
