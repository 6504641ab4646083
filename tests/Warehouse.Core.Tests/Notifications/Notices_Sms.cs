using System.Text.Json;
using Warehouse.Core.Data;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>
/// An order without an e-mail is told by SMS through the gateway (a loopback HTTP server speaking
/// our contract); without either, or anonymised, or with nothing configured, it is skipped with the reason.
/// </summary>
public sealed class Notices_Sms(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static Action<NoticeOptions> Gateway(LoopbackGateway gateway) => o =>
        o.Sms = new SmsSettings { Url = gateway.Url, Token = "sekret-123", Sender = "SklepLipa" };

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_an_email_the_SMS_goes_to_the_gateway_with_the_bearer_token_and_our_JSON(DatabaseProvider provider)
    {
        await using var gateway = new LoopbackGateway();
        var floor = await NoticeFloor.CreateAsync(fixture, provider, NoticeFloor.FreePort(), Gateway(gateway));
        await floor.OrderAsync("S-1", email: null, phone: "+48 600 100 200");

        await floor.FactAsync(new Warehouse.Core.Shipping.ParcelStatusChanged(floor.Now, null, "S-1", 5, "DPD", "0000123", Warehouse.Core.Orders.ParcelStatus.Labelled, Warehouse.Core.Orders.ParcelStatus.InTransit));
        await floor.PassAsync();
        Assert.Equal(1, await floor.DeliverAsync());

        var request = Assert.Single(gateway.Requests);
        var notice = await floor.NoticeAsync("S-1", NoticeKind.Shipped);
        Assert.Equal((NoticeChannel.Sms, NoticeStatus.Sent), (notice.Channel, notice.Status));
        Assert.Equal(("POST", "/v1/messages", "Bearer sekret-123", notice.MessageId), (request.Method, request.Path, request.Authorization, request.IdempotencyKey));
        Assert.StartsWith("application/json", request.ContentType);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("+48 600 100 200", body.RootElement.GetProperty("to").GetString());
        Assert.Equal("SklepLipa", body.RootElement.GetProperty("sender").GetString());
        Assert.Equal(notice.MessageId, body.RootElement.GetProperty("reference").GetString());
        Assert.Equal("Sklep Pod Lipą: zamówienie S-1 jest w drodze. https://sklep.example.pl/t/0000123", body.RootElement.GetProperty("text").GetString());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_500_from_the_gateway_is_tried_again_later_and_a_400_is_a_dead_letter_at_once(DatabaseProvider provider)
    {
        await using var gateway = new LoopbackGateway();
        var floor = await NoticeFloor.CreateAsync(fixture, provider, NoticeFloor.FreePort(), Gateway(gateway));
        await floor.OrderAsync("S-1", email: null, phone: "600100200");
        await floor.OrderAsync("S-2", email: null, phone: "not a phone");
        gateway.Answers.Enqueue(500);
        gateway.Answers.Enqueue(400);

        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "S-1"));
        await floor.PassAsync();
        await floor.DeliverAsync();
        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "S-2"));
        await floor.PassAsync();
        await floor.DeliverAsync();

        var retried = await floor.NoticeAsync("S-1", NoticeKind.Packed);
        Assert.Equal((NoticeStatus.Pending, 1, "HttpRequestException: the SMS gateway answered 500"), (retried.Status, retried.Attempts, retried.LastError));
        var refused = await floor.NoticeAsync("S-2", NoticeKind.Packed);
        Assert.Equal((NoticeStatus.DeadLetter, 1), (refused.Status, refused.Attempts));

        floor.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await floor.DeliverAsync());
        Assert.Equal(NoticeStatus.Sent, (await floor.NoticeAsync("S-1", NoticeKind.Packed)).Status);
        Assert.Equal(3, gateway.Requests.Count);
        Assert.Equal(2, gateway.Requests.Count(r => r.IdempotencyKey == retried.MessageId));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_a_way_to_reach_the_customer_the_notice_is_skipped_with_the_reason(DatabaseProvider provider)
    {
        var floor = await NoticeFloor.CreateAsync(fixture, provider, NoticeFloor.FreePort(), o => o.Smtp = new SmtpSettings());
        await floor.OrderAsync("NONE-1", email: null, phone: null);
        await floor.OrderAsync("MAIL-1", email: "a@example.pl");
        await floor.OrderAsync("SMS-1", email: null, phone: "600100200");
        await floor.OrderAsync("GONE-1");
        await using (var db = floor.Dbs.CreateDbContext())
        {
            var gone = db.Orders.Where(o => o.Number == "GONE-1").Select(o => o.Recipient).Single();
            gone.AnonymisedUtc = floor.Now;
            await db.SaveChangesAsync();
        }

        await floor.FactAsync(new[] { "NONE-1", "MAIL-1", "SMS-1", "GONE-1" }.Select(n => (Warehouse.Core.Floor.FloorFact)new OrderImported(floor.Now, n)).ToArray());
        await floor.PassAsync();
        Assert.Equal(0, await floor.DeliverAsync());

        var skipped = (await floor.NoticesAsync()).ToDictionary(n => n.OrderNumber, n => (n.Status, n.SkipReason));
        Assert.Equal((NoticeStatus.Skipped, NoticeSkipReason.NoContact), skipped["NONE-1"]);
        Assert.Equal((NoticeStatus.Skipped, NoticeSkipReason.EmailNotConfigured), skipped["MAIL-1"]);
        Assert.Equal((NoticeStatus.Skipped, NoticeSkipReason.SmsNotConfigured), skipped["SMS-1"]);
        Assert.Equal((NoticeStatus.Skipped, NoticeSkipReason.Anonymised), skipped["GONE-1"]);
    }
}
