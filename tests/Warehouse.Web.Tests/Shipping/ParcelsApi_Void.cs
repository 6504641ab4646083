using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Shipping;

public sealed class ParcelsApi_Void(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task Voiding_needs_a_real_parcel_and_a_short_plain_reason_and_an_api_key()
    {
        var anonymous = await floor.CreateClient().PostAsync("/api/parcels/X/void", WebFloor.Json(new { reason = "x" }));
        var unknown = await floor.Api().PostAsync("/api/parcels/NO-SUCH/void", WebFloor.Json(new { reason = "wrong carrier" }));
        var longReason = await floor.Api().PostAsync("/api/parcels/NO-SUCH/void", WebFloor.Json(new { reason = new string('x', 201) }));
        var bell = await floor.Api().PostAsync("/api/parcels/NO-SUCH/void", WebFloor.Json(new { reason = "a\u0007b" }));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, longReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bell.StatusCode);
    }

    [Fact]
    public async Task A_parcel_still_waiting_for_its_label_is_listed_on_its_order_without_a_tracking_number()
    {
        await floor.QueryAsync(async db =>
        {
            var order = await db.Orders.OrderBy(o => o.Id).FirstAsync();
            var parcel = new Parcel { Sscc = "359012340000099999", CartonCode = "K1", StationCode = "PACK-01", CarrierCode = "DPD", ServiceCode = "KURIER" };
            parcel.RequestShipment(DateTime.UtcNow);
            order.Parcels.Add(parcel);
            return await db.SaveChangesAsync();
        });
        var order = await floor.Api().GetFromJsonAsync<JsonElement>($"/api/orders/{await floor.QueryAsync(db => db.Orders.OrderBy(o => o.Id).Select(o => o.Number).FirstAsync())}");

        var parcelJson = order.GetProperty("parcels").EnumerateArray().Single(p => p.GetProperty("sscc").GetString() == "359012340000099999");
        Assert.Equal(JsonValueKind.Null, parcelJson.GetProperty("trackingNumber").ValueKind);
        Assert.Equal("LabelRequested", parcelJson.GetProperty("status").GetString());
    }
}
