using Warehouse.Core.Data;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>
/// What comes from a shop is text: a hostile name is encoded in the HTML, a CR/LF in a name adds no
/// header and no recipient; promotional content only with consent and never on a marketplace order.
/// </summary>
public sealed class Notices_HostileInput(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static NoticeLetter Letter(string name, IReadOnlyList<string>? recommended = null) => new(
        NoticeKind.Packed, "pl", new NoticeBrand { DisplayName = "Sklep <b>&</b>", Colour = "#2E7D32" }, "WS-<1>", name, "TN\"1", "https://sklep.example.pl/t/TN%221", recommended ?? []);

    [Fact]
    public void A_script_in_the_name_arrives_as_text()
    {
        var html = NoticeTemplates.Render(Letter("<script>alert(1)</script>", ["<img src=x onerror=alert(2)>"])).Html;

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("WS-&lt;1&gt;", html);
        Assert.Contains("Sklep &lt;b&gt;&amp;&lt;/b&gt;", html);
        Assert.Contains("TN&quot;1", html);
    }

    [Fact]
    public async Task A_CR_LF_in_the_name_adds_no_header_and_no_recipient()
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, DatabaseProvider.Sqlite, port);
        await floor.OrderAsync("PL-1", name: "Jan\r\nBcc: ofiara@example.com\r\nX-Evil: 1");

        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "PL-1"));
        await floor.PassAsync();
        await floor.DeliverAsync();

        var raw = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal("klient@example.pl", Assert.Single(raw.ToAddresses).ToString());
        Assert.DoesNotContain(raw.Data.Split("\r\n"), line => line.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("X-Evil:", StringComparison.OrdinalIgnoreCase));
        var mail = Assert.Single(NoticeFloor.Received(smtp));
        Assert.Empty(mail.Bcc);
        Assert.Null(mail.Headers["X-Evil"]);
        Assert.Contains("Dzień dobry, Jan Bcc: ofiara@example.com X-Evil: 1!", mail.TextBody);
    }

    [Theory]
    [InlineData(false, SalesChannel.OwnShop)]
    [InlineData(true, SalesChannel.Allegro)]
    [InlineData(true, SalesChannel.Marketplace)]
    public async Task No_promotional_block_without_consent_or_on_a_marketplace_order(bool consent, SalesChannel channel)
    {
        var floor = await NoticeFloor.CreateAsync(fixture, DatabaseProvider.Sqlite, NoticeFloor.FreePort());
        await floor.OrderAsync("P-1", consent: consent, channel: channel);

        var rendered = await RenderAsync(floor, "P-1");

        Assert.DoesNotContain("also-like", rendered.Html);
        Assert.DoesNotContain("Może Ci się spodobać", rendered.Html);
        Assert.DoesNotContain("Może Ci się spodobać", rendered.Text);
    }

    [Fact]
    public async Task With_consent_on_our_shop_at_most_three_other_products_of_the_same_category()
    {
        var floor = await NoticeFloor.CreateAsync(fixture, DatabaseProvider.Sqlite, NoticeFloor.FreePort());
        await floor.OrderAsync("P-1", consent: true); // bought a kitchen mug: four other kitchen things and a book in the catalog

        var rendered = await RenderAsync(floor, "P-1");

        Assert.Contains("data-block=\"also-like\"", rendered.Html);
        Assert.Contains("<li>Dzbanek do herbaty</li><li>Podkładki korkowe</li><li>Łyżeczki (6 szt.)</li></ul>", rendered.Html);
        Assert.DoesNotContain("Kubek ceramiczny", rendered.Html); // already bought
        Assert.DoesNotContain("Lalka", rendered.Html);            // another category
    }

    private static async Task<RenderedNotice> RenderAsync(NoticeFloor floor, string order)
    {
        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", order));
        await floor.PassAsync();
        var notice = await floor.NoticeAsync(order, NoticeKind.Packed);
        var letter = await new NoticeLetters(floor.Dbs, Microsoft.Extensions.Options.Options.Create(floor.Options)).ForAsync(notice, CancellationToken.None);
        return NoticeTemplates.Render(letter.Letter!);
    }
}
