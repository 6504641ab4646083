using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Staff;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>The scan endpoint is the same pipeline as a scanner at the station: a station per test keeps them apart.</summary>
public sealed class StationsApi_Scans(WebFloor floor) : IClassFixture<WebFloor>
{
    private async Task<JsonElement> ScanAsync(string station, string code, string? id = null)
    {
        var response = await floor.Api().PostAsync($"/api/stations/{station}/scans", WebFloor.Json(new { id = id ?? Guid.NewGuid().ToString("N"), code }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> BadgeAsync(Role role) =>
        await floor.QueryAsync(db => db.Operators.Where(o => o.Role == role).OrderBy(o => o.Id).Select(o => o.Badge).FirstAsync());

    [Fact]
    public async Task A_badge_an_order_and_its_items_are_answered_with_what_to_scan_next()
    {
        var packer = await floor.QueryAsync(db => db.Operators.Where(o => o.PasswordHash == null).OrderBy(o => o.Id).Select(o => o.Badge).FirstAsync());
        var lines = await floor.QueryAsync(db => db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.Number == "DEMO-2")).Select(l => l.Sku.Gtin).ToListAsync());

        var signIn = await ScanAsync("PACK-02", packer);
        var open = await ScanAsync("PACK-02", "DEMO-2");
        var item = await ScanAsync("PACK-02", lines.Single()!.TrimStart('0'));

        Assert.Equal(("Accepted", "station.signed_in", "next.scan_order"), (signIn.GetProperty("outcome").GetString(), signIn.GetProperty("messageCode").GetString(), signIn.GetProperty("nextCode").GetString()));
        Assert.Equal("order.opened", open.GetProperty("messageCode").GetString());
        Assert.Equal(("item.counted", "next.weigh"), (item.GetProperty("messageCode").GetString(), item.GetProperty("nextCode").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("", "scan.empty")]
    [InlineData("\u0001\u0002\u0003", "scan.control_chars")]
    [InlineData("5901234123458", "scan.bad_check_digit")]
    [InlineData("<img src=x onerror=alert(1)>", "scan.unknown_code")]
    public async Task Bad_scans_are_refused_with_a_reason(string code, string reason)
    {
        await ScanAsync("PACK-03", await BadgeAsync(Role.Packer));
        var result = await ScanAsync("PACK-03", code);
        Assert.Equal(("Refused", reason), (result.GetProperty("outcome").GetString(), result.GetProperty("messageCode").GetString()));
    }

    [Fact]
    public async Task A_5_KB_scan_line_is_refused_as_too_long()
    {
        var result = await ScanAsync("PACK-03", new string('9', 5 * 1024));
        Assert.Equal("scan.too_long", result.GetProperty("messageCode").GetString());
    }

    [Fact]
    public async Task A_replayed_scan_id_gets_the_first_answer()
    {
        var badge = await BadgeAsync(Role.Packer);
        var first = await ScanAsync("PACK-01", badge, id: "replay-1");
        var replay = await ScanAsync("PACK-01", "something else entirely", id: "replay-1");
        Assert.Equal(first.GetProperty("messageCode").GetString(), replay.GetProperty("messageCode").GetString());
        Assert.Equal(1, await floor.QueryAsync(db => db.ScanReceipts.CountAsync(r => r.ScanId == "replay-1")));
    }

    [Theory]
    [InlineData("{\"code\": \"X\"}", "id")]
    [InlineData("{\"id\": \"\", \"code\": \"X\"}", "id")]
    [InlineData("{\"id\": \"a b\", \"code\": \"X\"}", "id")]
    [InlineData("{\"id\": \"ok-1\"}", "code")]
    public async Task A_scan_without_a_usable_id_or_code_is_400(string body, string field)
    {
        var response = await floor.Api().PostAsync("/api/stations/PACK-01/scans", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_scan_at_an_unknown_station_is_404()
    {
        var response = await floor.Api().PostAsync("/api/stations/PACK-99/scans", WebFloor.Json(new { id = "x", code = "y" }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_catalog_lists_weights_in_grams_and_sizes_in_millimetres()
    {
        var skus = await floor.Api().GetFromJsonAsync<JsonElement>("/api/skus");
        var first = skus[0];
        Assert.True(skus.GetArrayLength() >= 200);
        Assert.True(first.GetProperty("weightGrams").GetInt32() > 0);
        Assert.True(first.GetProperty("lengthMm").GetInt32() > 0);
        Assert.Equal(13, first.GetProperty("ean13").GetString()!.Length);
    }

    [Fact]
    public async Task An_unknown_parcel_label_is_404()
    {
        var response = await floor.Api().GetAsync("/api/parcels/NOPE/label");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
