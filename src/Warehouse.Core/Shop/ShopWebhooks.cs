using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Shop;

/// <summary>
/// Tells the shop what happened to its parcels — shipped (with carrier and tracking number),
/// delivered, returned — and the refund decided for a return, by a signed POST per event. A durable consumer: an event is handed on at
/// least once and in order; while the shop does not answer 2xx the consumer stays on that event and
/// tries again at its next round, so nothing is skipped. <c>Webhook-Id</c> (the fact's sequence)
/// lets the shop drop a repeat.
/// </summary>
public sealed class ShopWebhooks(HttpClient http, IOptions<ShopWebhookOptions> options, FloorClock clock) : FactConsumer
{
    public const string ConsumerName = "shop-webhooks";

    public override string Name => ConsumerName;

    /// <summary>What every call says: <see cref="Id"/> is the fact's sequence (also the <c>Webhook-Id</c> header).</summary>
    public abstract record ShopCall(string Id, string Type, string OrderNumber);

    public sealed record Call(string Id, string Type, string OrderNumber, string Carrier, string? TrackingNumber, string Status, DateTime At)
        : ShopCall(Id, Type, OrderNumber);

    /// <summary>A return's refund decision: the shop pays it and confirms on <c>POST /api/returns/{rma}/refund</c>.</summary>
    public sealed record RefundCall(string Id, string Type, string OrderNumber, string ReturnNumber, RefundDecision Decision, long Amount, string Currency,
        RefundReason? Reason, DateTime At) : ShopCall(Id, Type, OrderNumber);

    public const string RefundDecidedType = "return.refund_decided";

    /// <summary>The call a fact makes, if any: one "shipped" per parcel (the first of manifested or in transit), one per refund decision.</summary>
    public static ShopCall? For(FloorFact fact) => fact switch
    {
        ParcelStatusChanged c when Type(c) is { } type =>
            new Call(Id(c), type, c.OrderNumber, c.CarrierCode, c.TrackingNumber, c.To.ToString(), c.AtUtc),
        ReturnRefundDecided r => new RefundCall(Id(r), RefundDecidedType, r.OrderNumber, r.ReturnNumber, r.Decision, r.AmountMinor, r.Currency, r.Reason, r.AtUtc),
        _ => null,
    };

    private static string Id(FloorFact fact) => fact.Sequence.ToString(CultureInfo.InvariantCulture);

    private static string? Type(ParcelStatusChanged c) => c.To switch
    {
        ParcelStatus.Manifested or ParcelStatus.InTransit when ParcelStatuses.Rank(c.From) < ParcelStatuses.Rank(ParcelStatus.Manifested) => "parcel.shipped",
        ParcelStatus.Delivered => "parcel.delivered",
        ParcelStatus.Returned => "parcel.returned",
        _ => null,
    };

    public override async Task HandleAsync(FloorFact fact, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled || For(fact) is not { } call) return;
        var body = JsonSerializer.SerializeToUtf8Bytes(call, call.GetType(), FactJson.Options);
        var stamp = new DateTimeOffset(clock.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Webhook-Id", call.Id);
        request.Headers.Add("X-Timestamp", stamp);
        request.Headers.Add("X-Signature", WebhookSignature.Header(o.Secret!, stamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.Timeout);
        using var response = await http.SendAsync(request, timeout.Token);
        // Not 2xx: throw, so the checkpoint stays here and the same event is sent again next round.
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The shop answered {(int)response.StatusCode} to {call.Type} for {call.OrderNumber}; sent again at the next round.");
    }
}
