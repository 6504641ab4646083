using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping.Dock;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Shipping;

public sealed class ManifestsApi_Read(WebFloor floor) : IClassFixture<WebFloor>
{
    internal const string Number = "MAN-DPD-20261203-01";

    private Task StoreAsync() => StoreAsync(floor);

    /// <summary>A DPD manifest closed at 15:30 UTC (16:30 in Warsaw) with one parcel of 1234 g.</summary>
    internal static Task StoreAsync(WebFloor floor) => floor.QueryAsync(async db =>
    {
        if (await db.Manifests.AnyAsync(m => m.Number == Number)) return 0;
        var closedUtc = new DateTime(2026, 12, 3, 15, 30, 0, DateTimeKind.Utc);
        var manifest = new Manifest { CarrierCode = "DPD", OpenedUtc = closedUtc.AddHours(-1), OpenedAt = "DOCK-01" };
        manifest.Close(Number, 1, 1234, "DOCK-01", closedUtc);
        // DPD did not answer; the next try is due tomorrow on the app's real clock, so the app's handover pass
        // leaves it waiting while the test reads it (closed at a fixed past time, it would be told at once).
        manifest.NotHandedOver("no answer within 10 s", DateTime.UtcNow.AddDays(1));
        db.Manifests.Add(manifest);
        await db.SaveChangesAsync();
        var order = await db.Orders.OrderBy(o => o.Id).FirstAsync();
        var parcel = new Parcel { Sscc = "359012340000088885", CartonCode = "K1", StationCode = "PACK-01", CarrierCode = "DPD", ServiceCode = "KURIER", WeightGrams = 1234 };
        parcel.RequestShipment(closedUtc.AddHours(-2));
        parcel.Labelled("0000000000001U", "^XA^XZ", null, closedUtc.AddHours(-2));
        parcel.Advance(ParcelStatus.Manifested, closedUtc);
        parcel.ManifestId = manifest.Id;
        order.Parcels.Add(parcel);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_closed_manifest_is_read_with_its_parcels_count_weight_and_status()
    {
        await StoreAsync();

        var manifest = await floor.Api().GetFromJsonAsync<JsonElement>($"/api/manifests/{Number}");
        var list = await floor.Api().GetFromJsonAsync<JsonElement>("/api/manifests?carrier=DPD&date=2026-12-03");
        var otherDay = await floor.Api().GetFromJsonAsync<JsonElement>("/api/manifests?carrier=DPD&date=2026-12-04");

        Assert.Equal(1, manifest.GetProperty("parcelCount").GetInt32());
        Assert.Equal(1234, manifest.GetProperty("totalWeightGrams").GetInt32());
        Assert.Equal("waiting", manifest.GetProperty("status").GetString());
        var parcel = Assert.Single(manifest.GetProperty("parcels").EnumerateArray());
        Assert.Equal("0000000000001U", parcel.GetProperty("trackingNumber").GetString());
        Assert.Equal("359012340000088885", parcel.GetProperty("sscc").GetString());
        Assert.Equal(Number, Assert.Single(list.EnumerateArray()).GetProperty("number").GetString());
        Assert.Empty(otherDay.EnumerateArray());
    }

    [Theory]
    [InlineData("/api/manifests?carrier=FEDEX", HttpStatusCode.BadRequest)]
    [InlineData("/api/manifests?date=03.12.2026", HttpStatusCode.BadRequest)]
    [InlineData("/api/manifests?date=2026-02-30", HttpStatusCode.BadRequest)]
    [InlineData("/api/manifests/not-a-manifest", HttpStatusCode.BadRequest)]
    [InlineData("/api/manifests/MAN-DPD-20261203-01%27%3B--", HttpStatusCode.BadRequest)]
    [InlineData("/api/manifests/MAN-DPD-20991231-99", HttpStatusCode.NotFound)]
    public async Task Bad_or_unknown_input_is_refused(string path, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await floor.Api().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Manifests_need_an_api_key_and_are_in_the_openapi_document()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await floor.CreateClient().GetAsync("/api/manifests")).StatusCode);
        var document = await floor.Api().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/manifests/{number}", document);
        Assert.Contains("\"/api/manifests\"", document);
    }
}
