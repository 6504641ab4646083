using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using netDumbster.smtp;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>
/// The e-mails that reach a customer who may want to send something back — shipped, delivered, and every
/// step of a return — carry the order's signed returns portal link in the order's language, in the HTML and
/// the plain text; the portal's own verifier accepts it. Notices before the goods leave carry none.
/// </summary>
public sealed partial class Notices_ReturnsLink(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Secret = "notices-returns-link-secret-0123456789abcdef";

    private static ReturnLinks Links(FloorClock clock) =>
        new(Microsoft.Extensions.Options.Options.Create(new ReturnOptions { LinkSecret = Secret }), clock);

    private static async Task<List<MimeMessage>> MailOfAsync(NoticeFloor floor, SimpleSmtpServer smtp, string order, params FloorFact[] facts)
    {
        await floor.FactAsync(facts);
        await floor.PassAsync();
        await floor.DeliverAsync();
        return [.. NoticeFloor.Received(smtp).Where(m => m.Subject?.Contains(order, StringComparison.Ordinal) == true)];
    }

    /// <summary>The link as the plain text gives it, after its label.</summary>
    private static string LinkIn(MimeMessage mail, string label)
    {
        var line = Assert.Single((mail.TextBody ?? "").Split('\n'), l => l.StartsWith(label + ": ", StringComparison.Ordinal)).TrimEnd('\r');
        return line[(label.Length + 2)..];
    }

    private static Dictionary<string, string> Query(string link)
    {
        var query = link.Split('#')[0].Split('?', 2)[1];
        return query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Shipped_delivered_and_a_return_s_notices_carry_a_signed_link_the_portal_accepts_and_packed_carries_none(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port, returnLinks: Links);
        await floor.OrderAsync("WS-7/ż", language: "pl");
        ParcelStatusChanged Moved(ParcelStatus from, ParcelStatus to) => new(floor.Now, null, "WS-7/ż", 41, "INPOST", "6800123456789", from, to);

        var mails = await MailOfAsync(floor, smtp, "WS-7/ż",
            new OrderPacked(floor.Now, "PACK-01", "WS-7/ż"),
            Moved(ParcelStatus.Labelled, ParcelStatus.InTransit),
            Moved(ParcelStatus.InTransit, ParcelStatus.Delivered),
            new ReturnReceived(floor.Now, "RET-01", "WS-7/ż", "RMA-000000123"));

        Assert.Equal(4, mails.Count);
        var packed = Assert.Single(mails, m => m.Subject!.Contains("spakowane", StringComparison.Ordinal));
        Assert.DoesNotContain("/returns", packed.TextBody);
        Assert.DoesNotContain("/returns", packed.HtmlBody);
        foreach (var mail in mails.Where(m => m != packed))
        {
            var isReturn = mail.Subject!.Contains("zwrot", StringComparison.Ordinal);
            var link = LinkIn(mail, isReturn ? "Sprawdź status zwrotu" : "Zwrot lub reklamacja");
            Assert.StartsWith("https://sklep.example.pl/returns/link?o=WS-7%2F%C5%BC&e=", link);
            var q = Query(link);
            Assert.Equal("WS-7/ż", floor.ReturnLinks!.Check(q["o"], q["e"], q["s"]));
            Assert.Equal("pl", q["lang"]);
            Assert.Equal(isReturn, link.EndsWith("#RMA-000000123", StringComparison.Ordinal));
            Assert.Contains($"<a href=\"{WebUtility.HtmlEncode(link)}\"", mail.HtmlBody);
        }
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_English_customer_s_link_opens_the_portal_in_English_and_lasts_the_link_days(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port, returnLinks: Links);
        await floor.OrderAsync("EN-7", language: "en", email: "en@example.com");

        var mail = Assert.Single(await MailOfAsync(floor, smtp, "EN-7",
            new ParcelStatusChanged(floor.Now, null, "EN-7", 42, "DPD", "1000000000001U", ParcelStatus.Manifested, ParcelStatus.Delivered)));

        var q = Query(LinkIn(mail, "Return or complaint"));
        Assert.Equal(("EN-7", "en"), (floor.ReturnLinks!.Check(q["o"], q["e"], q["s"]), q["lang"]));
        Assert.Equal(NoticeFloor.Start.AddDays(new ReturnOptions().LinkDays).ToUnixTimeSeconds().ToString(), q["e"]);
        Assert.Contains(">Return or complaint</a>", mail.HtmlBody);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_a_link_secret_the_link_is_the_portal_s_search_with_the_number_and_nothing_signed(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("A&B/1", language: "pl");

        var mail = Assert.Single(await MailOfAsync(floor, smtp, "A&B/1",
            new ParcelStatusChanged(floor.Now, null, "A&B/1", 43, "INPOST", "6800123456790", ParcelStatus.Labelled, ParcelStatus.Manifested)));

        Assert.Equal("https://sklep.example.pl/returns?order=A%26B%2F1&lang=pl", LinkIn(mail, "Zwrot lub reklamacja"));
        Assert.DoesNotMatch(SignedPart(), mail.TextBody!);
    }

    [GeneratedRegex(@"[?&]s=")]
    private static partial Regex SignedPart();
}
