using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shop;
using Warehouse.Core.Tests.Support;
using Warehouse.Testing;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>The shop hears of its parcels by signed POSTs, once per event, in order, and again after it failed.</summary>
public sealed class ShopWebhooks_TellTheShop(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Secret = "the-shops-webhook-secret-0123456789abcdef";

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Shipped_and_delivered_reach_the_shop_signed_once_each_and_a_failed_call_is_sent_again(DatabaseProvider provider)
    {
        using var shop = new ShopEndpoint(500);
        var floor = await TestFloor.CreateAsync(fixture, provider);
        var consumer = new ShopWebhooks(new HttpClient(), Options.Create(new ShopWebhookOptions { Url = shop.Url, Secret = Secret }), floor.FloorClock);
        var durable = new DurableFacts(floor.Dbs, floor.FloorClock, NullLogger<DurableFacts>.Instance);
        await durable.PassAsync(consumer, CancellationToken.None); // its checkpoint starts here
        var at = floor.FloorClock.UtcNow;
        await floor.QueryAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Record(new ParcelStatusChanged(at, null, "WS-1", 7, "DPD", "1000000000001U", ParcelStatus.Labelled, ParcelStatus.Manifested));
            db.Record(new ParcelStatusChanged(at.AddHours(1), null, "WS-1", 7, "DPD", "1000000000001U", ParcelStatus.Manifested, ParcelStatus.InTransit));
            db.Record(new ParcelStatusChanged(at.AddHours(20), null, "WS-1", 7, "DPD", "1000000000001U", ParcelStatus.InTransit, ParcelStatus.Delivered));
            var saved = await db.SaveChangesAsync();
            await tx.CommitAsync();
            return saved;
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => durable.PassAsync(consumer, CancellationToken.None)); // the shop is down: stays on "shipped"
        await durable.PassAsync(consumer, CancellationToken.None);
        await durable.PassAsync(consumer, CancellationToken.None); // nothing new

        var calls = shop.Received.Select(r => (Call: JsonDocument.Parse(r.Body).RootElement, r.Id, r.Stamp, r.Signature)).ToList();
        Assert.Equal(["parcel.shipped", "parcel.shipped", "parcel.delivered"], calls.Select(c => c.Call.GetProperty("type").GetString()));
        Assert.Equal(calls[0].Id, calls[1].Id); // the retry is recognisably the same event
        Assert.All(calls, c => Assert.Equal(("WS-1", "DPD", "1000000000001U"),
            (c.Call.GetProperty("orderNumber").GetString(), c.Call.GetProperty("carrier").GetString(), c.Call.GetProperty("trackingNumber").GetString())));
        Assert.All(shop.Received, call => Assert.True(call.IsSignedWith(Secret)));
    }

    [Fact]
    public void A_refund_decision_maps_to_one_call_with_the_rma_the_order_the_decision_the_amount_and_the_reason()
    {
        var at = new DateTime(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);
        var call = ShopWebhooks.For(new ReturnRefundDecided(at, "RET-01", "WS-1", "RMA-000000017", RefundDecision.Partial, 1250, "PLN", RefundReason.Used) { Sequence = 42 });

        Assert.Equal(new ShopWebhooks.RefundCall("42", "return.refund_decided", "WS-1", "RMA-000000017", RefundDecision.Partial, 1250, "PLN", RefundReason.Used, at), call);
        Assert.Null(ShopWebhooks.For(new ReturnRefunded(at, "WS-1", "RMA-000000017", 1250, "PLN"))); // the shop told us: nothing to tell it back
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refund_decision_reaches_the_shop_signed_and_is_sent_again_after_a_failure(DatabaseProvider provider)
    {
        using var shop = new ShopEndpoint(503);
        var floor = await TestFloor.CreateAsync(fixture, provider);
        var consumer = new ShopWebhooks(new HttpClient(), Options.Create(new ShopWebhookOptions { Url = shop.Url, Secret = Secret }), floor.FloorClock);
        var durable = new DurableFacts(floor.Dbs, floor.FloorClock, NullLogger<DurableFacts>.Instance);
        await durable.PassAsync(consumer, CancellationToken.None);
        var at = floor.FloorClock.UtcNow;
        await floor.QueryAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Record(new ReturnRefundDecided(at, "RET-01", "WS-1", "RMA-000000017", RefundDecision.Rejected, 0, "PLN", RefundReason.Late));
            var saved = await db.SaveChangesAsync();
            await tx.CommitAsync();
            return saved;
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => durable.PassAsync(consumer, CancellationToken.None));
        await durable.PassAsync(consumer, CancellationToken.None);

        Assert.Equal(2, shop.Received.Count);
        var (body, id, _, _) = shop.Received[1];
        Assert.Equal(shop.Received[0].Id, id);
        var call = JsonDocument.Parse(body).RootElement;
        Assert.Equal(("return.refund_decided", "RMA-000000017", "WS-1", "Rejected", 0L, "PLN", "Late"),
            (call.GetProperty("type").GetString(), call.GetProperty("returnNumber").GetString(), call.GetProperty("orderNumber").GetString(),
                call.GetProperty("decision").GetString(), call.GetProperty("amount").GetInt64(), call.GetProperty("currency").GetString(), call.GetProperty("reason").GetString()));
        Assert.True(shop.Received[1].IsSignedWith(Secret));
    }

    [Fact]
    public void The_settings_are_checked_at_start()
    {
        var check = new ShopWebhookOptionsCheck();

        Assert.True(check.Validate(null, new ShopWebhookOptions()).Succeeded); // off
        Assert.Contains("Shop:Webhook:Secret", check.Validate(null, new ShopWebhookOptions { Url = "https://shop.example.pl/hooks", Secret = "short" }).FailureMessage);
        Assert.Contains("https", check.Validate(null, new ShopWebhookOptions { Url = "http://shop.example.pl/hooks", Secret = Secret }).FailureMessage);
        Assert.Contains("Shop:Webhook:Url", check.Validate(null, new ShopWebhookOptions { Url = "not a url", Secret = Secret }).FailureMessage);
        Assert.True(check.Validate(null, new ShopWebhookOptions { Url = "http://127.0.0.1:9000/hooks", Secret = Secret }).Succeeded);
    }
}
