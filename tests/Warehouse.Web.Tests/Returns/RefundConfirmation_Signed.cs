using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// The shop confirms a refund on <c>POST /api/returns/{rma}/refund</c>, signed with its webhook secret;
/// the signature is computed here from the documented rule. Only a good call changes anything.
/// </summary>
public sealed class RefundConfirmation_Signed(WebFloor floor) : IClassFixture<WebFloor>
{
    private const string Secret = "the-shops-webhook-secret-0123456789abcdef";

    // Nothing listens there: the webhook consumer fails quietly and retries; this test is about the way back.
    private WebApplicationFactory<Program> Shop => _shop ??= floor.WithWebHostBuilder(b =>
    {
        b.UseSetting("Shop:Webhook:Url", "http://127.0.0.1:9/hooks");
        b.UseSetting("Shop:Webhook:Secret", Secret);
    });

    private WebApplicationFactory<Program>? _shop;
    private static int _serial;

    /// <summary>A return of the demo order's mug, inspected, with a full refund of its price decided.</summary>
    private async Task<(string Rma, long Amount)> DecidedAsync(bool decide = true) => await floor.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == DemoReturns.OrderNumber);
        var line = order.Lines.OrderBy(l => l.Id).First();
        var r = new CustomerReturn
        {
            Number = ReturnNumber.From(900 + Interlocked.Increment(ref _serial)).Value, OrderId = order.Id, OrderNumber = order.Number,
            Lines = [new ReturnLine { OrderLineId = line.Id, SkuId = line.SkuId, SkuCode = "KUB", Quantity = 1 }],
        };
        r.Declare(now);
        db.Returns.Add(r);
        await db.SaveChangesAsync();
        if (!decide) return (r.Number, 0L);
        var clerk = await db.Operators.Select(o => o.Id).FirstAsync();
        r.Receive(now);
        r.Unpack(line.SkuId, "KUB", "RET-01", clerk, now);
        r.Grade(ReturnGrade.D);
        r.Decide(ReturnDisposition.Dispose, now);
        r.FinishInspection("RET-01", clerk, now);
        var full = r.FullRefundMinor(new Dictionary<int, long?> { [line.Id] = line.UnitPriceMinor });
        Assert.Null(r.DecideRefund(RefundDecision.Full, 0, "PLN", null, null, full, clerk, "RET-01", now));
        await db.SaveChangesAsync();
        return (r.Number, full);
    });

    private static HttpRequestMessage Signed(string rma, string body, string? secret = Secret, DateTimeOffset? at = null)
    {
        var stamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/returns/{rma}/refund") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is null) return request;
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stamp + "." + body));
        request.Headers.Add("X-Timestamp", stamp);
        request.Headers.Add("X-Signature", "sha256=" + Convert.ToHexStringLower(mac));
        return request;
    }

    private static string Body(long amount, string status = "refunded") =>
        $$"""{"status":"{{status}}","amount":{{amount}},"at":"{{DateTime.UtcNow.AddMinutes(-1):yyyy-MM-ddTHH:mm:ssZ}}"}""";

    private Task<ReturnStatus> StatusAsync(string rma) => floor.QueryAsync(db => db.Returns.Where(r => r.Number == rma).Select(r => r.Status).SingleAsync());

    [Fact]
    public async Task A_signed_confirmation_of_the_decided_amount_records_refunded_once_and_a_replay_is_refused()
    {
        var (rma, amount) = await DecidedAsync();
        var client = Shop.CreateClient();
        var first = Signed(rma, Body(amount));
        var replay = new HttpRequestMessage(HttpMethod.Post, first.RequestUri) { Content = new StringContent(await first.Content!.ReadAsStringAsync(), Encoding.UTF8, "application/json") };
        foreach (var header in first.Headers) replay.Headers.Add(header.Key, header.Value);

        var good = await client.SendAsync(first);
        var again = await client.SendAsync(Signed(rma, Body(amount), at: DateTimeOffset.UtcNow.AddSeconds(-30))); // the shop sends it again later: a new signature
        var replayed = await client.SendAsync(replay);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict], [good.StatusCode, again.StatusCode, replayed.StatusCode]);
        Assert.Equal(ReturnStatus.Refunded, await StatusAsync(rma));
        Assert.Equal(1, await floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "return.refunded" && f.Payload.Contains(rma))));
    }

    [Fact]
    public async Task Unsigned_stale_wrongly_signed_oversized_hostile_and_mistaken_confirmations_are_refused_and_change_nothing()
    {
        var (rma, amount) = await DecidedAsync();
        var (undecided, _) = await DecidedAsync(decide: false);
        var client = Shop.CreateClient();
        var deep = new string('[', 200) + new string(']', 200);

        var answers = new List<HttpStatusCode>();
        foreach (var request in new[]
        {
            Signed(rma, Body(amount), secret: null),
            Signed(rma, Body(amount), at: DateTimeOffset.UtcNow.AddMinutes(-6)),
            Signed(rma, Body(amount), secret: "another-secret-of-the-right-length-0123456789"),
            Signed(rma, new string(' ', 5000) + Body(amount)),
            Signed(rma, deep),
            Signed(rma, "{\"status\":\"refunded\",\"amount\":1e400,\"at\":\"x\"}"),
            Signed(rma, $$"""{"status":"refunded","amount":{{amount}},"at":"2026-12-03T10:00:00Z","admin":true}"""),
            Signed(rma, Body(amount, status: "<script>alert(1)</script>")),
            Signed(rma, Body(-amount)),
            Signed(rma, Body(amount + 1)),
            Signed("RMA-999999999", Body(amount)),
            Signed("../../etc/passwd", Body(amount)),
            Signed(undecided, Body(amount)),
        })
            answers.Add((await client.SendAsync(request)).StatusCode);

        Assert.Equal([
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.RequestEntityTooLarge,
            HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest,
            HttpStatusCode.UnprocessableEntity, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Conflict], answers);
        Assert.Equal(ReturnStatus.RefundDecided, await StatusAsync(rma));
        Assert.Equal(ReturnStatus.Declared, await StatusAsync(undecided));
        Assert.Equal(0, await floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "return.refunded" && f.Payload.Contains(rma))));
    }

    [Fact]
    public async Task Without_the_shops_webhook_configured_the_endpoint_is_not_there()
    {
        var (rma, amount) = await DecidedAsync();

        var response = await floor.CreateClient().SendAsync(Signed(rma, Body(amount)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ReturnStatus.RefundDecided, await StatusAsync(rma));
    }
}
