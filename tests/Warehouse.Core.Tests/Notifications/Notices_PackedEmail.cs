using MimeKit;
using Warehouse.Core.Data;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>A packed order's customer gets one e-mail in their language, through a real SMTP server on loopback.</summary>
public sealed class Notices_PackedEmail(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_Polish_order_packed_gets_one_Polish_email_with_a_plain_text_part_and_its_Message_ID(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("PL-1", language: "pl");

        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "PL-1"));
        await floor.PassAsync();
        await floor.DeliverAsync();
        await floor.DeliverAsync();

        var mail = Assert.Single(NoticeFloor.Received(smtp));
        var notice = await floor.NoticeAsync("PL-1", NoticeKind.Packed);
        Assert.Equal(NoticeStatus.Sent, notice.Status);
        Assert.Equal(notice.MessageId, mail.MessageId);
        Assert.Matches(@"^notice-\d+\.[0-9a-f]{12}@sklep\.example\.pl$", mail.MessageId);
        Assert.Equal("Sklep Pod Lipą: zamówienie PL-1 jest spakowane", mail.Subject);
        Assert.Equal("klient@example.pl", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("Twoje zamówienie PL-1 jest spakowane", mail.TextBody);
        Assert.Contains("Twoje zamówienie PL-1 jest spakowane", mail.HtmlBody);
        Assert.Contains("lang=\"pl\"", mail.HtmlBody);
        var alternative = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_English_order_gets_English_and_any_other_language_too(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("EN-1", language: "en", email: "en@example.com");
        await floor.OrderAsync("DE-1", language: "de", email: "de@example.com");

        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "EN-1"), new OrderPacked(floor.Now, "PACK-01", "DE-1"));
        await floor.PassAsync();
        await floor.DeliverAsync();

        var mails = NoticeFloor.Received(smtp);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Matches("^Sklep Pod Lipą: order (EN|DE)-1 is packed$", m.Subject));
        Assert.All(mails, m => Assert.Contains("is packed and waiting for the carrier", m.TextBody));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_order_brand_gives_the_name_colour_and_logo(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("K-1", language: "en", brand: "kids");

        await floor.FactAsync(new OrderImported(floor.Now, "K-1"));
        await floor.PassAsync();
        await floor.DeliverAsync();

        var mail = Assert.Single(NoticeFloor.Received(smtp));
        Assert.Equal("Kids Corner: we have your order K-1", mail.Subject);
        Assert.Equal("Kids Corner", Assert.Single(mail.From.Mailboxes).Name);
        Assert.Contains("background:#FFD54F;color:#000000", mail.HtmlBody);
        Assert.Contains("src=\"https://cdn.example.pl/kids.png\"", mail.HtmlBody);
    }
}
