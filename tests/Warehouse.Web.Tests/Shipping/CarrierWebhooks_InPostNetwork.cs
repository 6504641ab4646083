using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Shipping;

/// <summary>
/// Live InPost signs nothing (ShipX "Webhooks" names its sender network instead), so its calls are taken
/// only from the network in the settings — the address the connection came from, never a header — and a
/// redelivered body moves nothing twice. The calls are made on the test server with the caller's address set.
/// </summary>
public sealed class CarrierWebhooks_InPostNetwork(WebFloor floor) : IClassFixture<WebFloor>
{
    private const string Senders = "203.0.113.0/24";

    private WebApplicationFactory<Program> LiveInPost() => floor.WithWebHostBuilder(b => b
        .UseSetting("Shipping:Carriers:INPOST:Mode", "Live")
        .UseSetting("Shipping:Carriers:INPOST:BaseUrl", "http://127.0.0.1:9")
        .UseSetting("Shipping:Carriers:INPOST:ApiToken", "token")
        .UseSetting("Shipping:Carriers:INPOST:OrganizationId", "1")
        .UseSetting("Shipping:Carriers:INPOST:WebhookSecret", "")
        .UseSetting("Shipping:Carriers:INPOST:WebhookSenders:0", Senders));

    // "Data example when the shipment status has been changed" (ShipX documentation, Webhooks, pages/18153494),
    // with our parcel's number and a recent time.
    private static string Delivered(string tracking) => $$"""
        {
          "event_ts": "{{DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}} +0000",
          "event": "shipment_status_changed",
          "organization_id": 1,
          "payload": {
            "shipment_id": 49,
            "status": "delivered",
            "tracking_number": "{{tracking}}"
          }
        }
        """;

    private async Task<Parcel> LabelledParcelAsync(string tracking) => await floor.QueryAsync(async db =>
    {
        var order = await db.Orders.OrderByDescending(o => o.Id).FirstAsync();
        var parcel = new Parcel { Sscc = "359012349876543210", CartonCode = "K1", StationCode = "PACK-01", CarrierCode = "INPOST", ServiceCode = "KURIER" };
        parcel.RequestShipment(DateTime.UtcNow.AddHours(-3));
        parcel.Labelled(tracking, "^XA^XZ", null, DateTime.UtcNow.AddHours(-3));
        order.Parcels.Add(parcel);
        await db.SaveChangesAsync();
        return parcel;
    });

    private static async Task<(int Status, string Body)> PostAsync(WebApplicationFactory<Program> app, string from, string body, string? forwardedFor = null)
    {
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/api/carriers/INPOST/events";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            if (forwardedFor is not null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task Only_the_carrier_s_network_moves_a_parcel_and_a_redelivery_moves_nothing_twice()
    {
        const string tracking = "602677439331630337653846";
        var parcel = await LabelledParcelAsync(tracking);
        await using var app = LiveInPost();
        var body = Delivered(tracking);

        var stranger = await PostAsync(app, "198.51.100.7", body);
        var spoofed = await PostAsync(app, "198.51.100.7", body, forwardedFor: "203.0.113.9");
        var garbage = await PostAsync(app, "203.0.113.9", "<html>not InPost</html>");
        var status = await floor.QueryAsync(db => db.Parcels.Where(p => p.Id == parcel.Id).Select(p => p.Status).SingleAsync());
        var inpost = await PostAsync(app, "203.0.113.9", body);
        var again = await PostAsync(app, "203.0.113.9", body);

        Assert.Equal(StatusCodes.Status403Forbidden, stranger.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, spoofed.Status); // no known proxy: the header proves nothing
        Assert.Equal(StatusCodes.Status400BadRequest, garbage.Status);
        Assert.Equal(ParcelStatus.Labelled, status);
        Assert.Equal(StatusCodes.Status200OK, inpost.Status);
        Assert.Equal(1, JsonDocument.Parse(inpost.Body).RootElement.GetProperty("moved").GetInt32());
        Assert.Equal(StatusCodes.Status200OK, again.Status); // InPost sends again until it hears 2xx
        Assert.True(JsonDocument.Parse(again.Body).RootElement.GetProperty("replayed").GetBoolean());
        var timeline = await floor.QueryAsync(db => db.Set<ParcelEvent>().Where(e => e.ParcelId == parcel.Id).Select(e => e.Status).ToListAsync());
        Assert.Single(timeline, ParcelStatus.Delivered);
    }

    [Fact]
    public async Task A_sandbox_carrier_takes_no_unsigned_call_from_any_network()
    {
        var (status, _) = await PostAsync(floor, "203.0.113.9", Delivered("602677439331630337653846"));

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
    }
}
