using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Shipping;

/// <summary>
/// Carriers push parcel events to <c>/api/carriers/{carrier}/events</c>, signed with their webhook
/// secret. The signature is computed here from the documented rule, not by the code under test.
/// </summary>
public sealed class CarrierWebhooks_Signed(WebFloor floor) : IClassFixture<WebFloor>
{
    private static int _serial;

    /// <summary>A labelled InPost parcel on a demo order, as the shipment desk leaves it.</summary>
    private async Task<Parcel> LabelledParcelAsync()
    {
        var n = Interlocked.Increment(ref _serial);
        return await floor.QueryAsync(async db =>
        {
            var order = await db.Orders.OrderBy(o => o.Id).Skip(n).FirstAsync();
            var parcel = new Parcel { Sscc = $"35901234{n:D10}", CartonCode = "K1", StationCode = "PACK-01", CarrierCode = "INPOST", ServiceCode = "KURIER" };
            parcel.RequestShipment(DateTime.UtcNow.AddHours(-3));
            parcel.Labelled($"6{n:D23}", "^XA^XZ", null, DateTime.UtcNow.AddHours(-3));
            order.Parcels.Add(parcel);
            await db.SaveChangesAsync();
            return parcel;
        });
    }

    private static string Body(string tracking, string status, DateTime at) =>
        $$"""{"trackingNumber": "{{tracking}}", "status": "{{status}}", "at": "{{at:yyyy-MM-ddTHH:mm:ssZ}}"}""";

    private static HttpRequestMessage Signed(string body, string? secret = WebFloor.InPostWebhookSecret, DateTimeOffset? at = null, string carrier = "inpost")
    {
        var stamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/carriers/{carrier}/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            var mac = System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stamp + "." + body));
            request.Headers.Add("X-Timestamp", stamp);
            request.Headers.Add("X-Signature", "sha256=" + Convert.ToHexStringLower(mac));
        }
        return request;
    }

    private Task<ParcelStatus> StatusAsync(int parcelId) => floor.QueryAsync(db => db.Parcels.Where(p => p.Id == parcelId).Select(p => p.Status).SingleAsync());

    private Task<int> FactsAsync(int parcelId) => floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "parcel.status_changed" && f.Payload.Contains($"\"parcelId\":{parcelId},")));

    [Fact]
    public async Task A_signed_event_moves_the_parcel_writes_its_timeline_and_tells_the_outbox()
    {
        var parcel = await LabelledParcelAsync();
        var client = floor.CreateClient();

        var response = await client.SendAsync(Signed(Body(parcel.TrackingNumber!, "in_transit", DateTime.UtcNow.AddMinutes(-30))));
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, answer.GetProperty("moved").GetInt32());
        Assert.Equal(ParcelStatus.InTransit, await StatusAsync(parcel.Id));
        var timeline = await floor.QueryAsync(db => db.Set<ParcelEvent>().Where(e => e.ParcelId == parcel.Id).OrderBy(e => e.Id).Select(e => e.Status).ToListAsync());
        Assert.Equal([ParcelStatus.LabelRequested, ParcelStatus.Labelled, ParcelStatus.InTransit], timeline);
        Assert.Equal(1, await FactsAsync(parcel.Id));
    }

    [Fact]
    public async Task Unsigned_stale_and_wrongly_signed_calls_are_refused_and_move_nothing()
    {
        var parcel = await LabelledParcelAsync();
        var body = Body(parcel.TrackingNumber!, "delivered", DateTime.UtcNow);
        var client = floor.CreateClient();

        var unsigned = await client.SendAsync(Signed(body, secret: null));
        var stale = await client.SendAsync(Signed(body, at: DateTimeOffset.UtcNow.AddMinutes(-6)));
        var future = await client.SendAsync(Signed(body, at: DateTimeOffset.UtcNow.AddMinutes(6)));
        var wrong = await client.SendAsync(Signed(body, secret: "someone-elses-secret-0123456789abcdef"));
        var tampered = Signed(body);
        tampered.Content = new StringContent(body.Replace("delivered", "returned"), Encoding.UTF8, "application/json");
        var changed = await client.SendAsync(tampered);

        Assert.All(new[] { unsigned, stale, future, wrong, changed }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Contains("X-Signature", await unsigned.Content.ReadAsStringAsync());
        Assert.Contains("5 minutes", await stale.Content.ReadAsStringAsync());
        Assert.Equal(ParcelStatus.Labelled, await StatusAsync(parcel.Id));
        Assert.Equal(0, await FactsAsync(parcel.Id));
    }

    [Fact]
    public async Task A_replayed_call_is_refused_and_moves_nothing_twice()
    {
        var parcel = await LabelledParcelAsync();
        var client = floor.CreateClient();
        var body = Body(parcel.TrackingNumber!, "out_for_delivery", DateTime.UtcNow.AddMinutes(-1));
        var first = Signed(body);
        var again = new HttpRequestMessage(HttpMethod.Post, first.RequestUri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var h in first.Headers) again.Headers.Add(h.Key, h.Value);

        var taken = await client.SendAsync(first);
        var replayed = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        Assert.Equal(1, await FactsAsync(parcel.Id));
    }

    [Fact]
    public async Task Events_out_of_order_never_move_a_parcel_back()
    {
        var parcel = await LabelledParcelAsync();
        var client = floor.CreateClient();
        var now = DateTime.UtcNow;

        await client.SendAsync(Signed(Body(parcel.TrackingNumber!, "delivered", now.AddMinutes(-2))));
        var late = await client.SendAsync(Signed(Body(parcel.TrackingNumber!, "in_transit", now.AddHours(-2))));
        var answer = await late.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal((0, 1), (answer.GetProperty("moved").GetInt32(), answer.GetProperty("ignored").GetInt32()));
        Assert.Equal(ParcelStatus.Delivered, await StatusAsync(parcel.Id));
    }

    [Fact]
    public async Task An_unknown_carrier_and_a_carrier_without_a_secret_get_the_same_answer()
    {
        var client = floor.CreateClient();
        var body = Body("123", "delivered", DateTime.UtcNow);

        var unknown = await client.SendAsync(Signed(body, carrier: "fedex"));
        var noSecret = await client.SendAsync(Signed(body, carrier: "dpd"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSecret.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await noSecret.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_the_carrier_never_sends_is_refused_with_why_and_an_oversized_one_before_it_is_read()
    {
        var client = floor.CreateClient();

        var garbage = await client.SendAsync(Signed("""{"trackingNumber": "602677439331180017738190", "status": "teleported", "at": "2026-12-03T10:00:00Z"}"""));
        var notJson = await client.SendAsync(Signed("<xml>delivered</xml>"));
        var huge = await client.SendAsync(Signed(new string(' ', 70_000) + "{}"));

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        var why = await garbage.Content.ReadAsStringAsync();
        Assert.True(why.Contains("teleported") && why.Contains("unknown"), why);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }
}
