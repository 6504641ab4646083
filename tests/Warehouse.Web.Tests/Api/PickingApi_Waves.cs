using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

public sealed class PickingApi_Waves(WebFloor floor) : IClassFixture<WebFloor>
{
    private Task<int> WavesAsync() => floor.QueryAsync(db => db.Waves.CountAsync());

    private Task<int> ReservedAsync() => floor.QueryAsync(db => db.StockBalances.SumAsync(b => b.Reserved));

    private static StringContent Body(string json, string type = "application/json") => new(json, Encoding.UTF8, type);

    [Fact]
    public async Task A_previewed_wave_reserves_nothing_and_the_released_one_lists_routed_pick_lists_newest_first()
    {
        var api = floor.Api();
        var rule = new { channels = new[] { "Allegro" }, maxOrders = 3, mode = "batch", totesPerCart = 3 };
        var reservedBefore = await ReservedAsync();

        var preview = await (await api.PostAsJsonAsync("/api/waves/preview", rule)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, preview.GetProperty("orders").GetArrayLength());
        Assert.Equal(reservedBefore, await ReservedAsync());

        var released = await api.PostAsJsonAsync("/api/waves", rule);
        var wave = await released.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        Assert.Equal(3, wave.GetProperty("released").GetInt32() + wave.GetProperty("held").GetInt32() + wave.GetProperty("skipped").GetInt32());
        var numbers = wave.GetProperty("pickLists").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.NotEmpty(numbers);

        var index = await api.GetFromJsonAsync<JsonElement>("/api/picklists");
        var ids = index.GetProperty("pickLists").EnumerateArray().Select(x => x.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/picklists/{numbers[0]}");
        var stops = list.GetProperty("stops").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, stops.Count), stops.Select(s => s.GetProperty("sequence").GetInt32()));
        var route = list.GetProperty("route");
        Assert.InRange(route.GetProperty("lengthMm").GetInt64(), 1, route.GetProperty("sShapeLengthMm").GetInt64());
        Assert.True(route.GetProperty("lengthMm").GetInt64() <= route.GetProperty("largestGapLengthMm").GetInt64());
        Assert.Equal(route.GetProperty("sShapeLengthMm").GetInt64() - route.GetProperty("lengthMm").GetInt64(), route.GetProperty("savedOnSShapeMm").GetInt64());
        Assert.True(await ReservedAsync() > reservedBefore);
    }

    [Theory]
    [InlineData("""{"orders":["DEMO-1"],"channels":["Allegro"]}""", "orders")]
    [InlineData("""{"channels":["Allegro","Ebay"]}""", "channels[1]")]
    [InlineData("""{"channels":["1"]}""", "channels[0]")]
    [InlineData("""{"orders":["DEMO-1","DEMO-1"]}""", "orders[1]")]
    [InlineData("""{"orders":[""]}""", "orders[0]")]
    [InlineData("""{"orders":["DEMO-\u0007"]}""", "orders[0]")]
    [InlineData("""{"orders":[]}""", "orders")]
    [InlineData("""{"maxOrders":0}""", "maxOrders")]
    [InlineData("""{"maxOrders":100000}""", "maxOrders")]
    [InlineData("""{"mode":"zigzag"}""", "mode")]
    [InlineData("""{"totesPerCart":99}""", "totesPerCart")]
    [InlineData("""{"carriers":[""]}""", "carriers[0]")]
    [InlineData("""{"orders":["NO-SUCH-ORDER"]}""", "orders[0]")]
    [InlineData("""{"orders":["<script>alert(1)</script>"]}""", "orders[0]")]
    [InlineData("""{"channels":"Allegro"}""", "body")]
    [InlineData("""{"orders":[1,2""", "body")]
    public async Task A_wrong_wave_is_refused_by_field_and_nothing_is_released(string json, string field)
    {
        var before = (await WavesAsync(), await ReservedAsync());

        var response = await floor.Api().PostAsync("/api/waves", Body(json));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"expected a problem at {field}: {body}");
        Assert.DoesNotContain("<script>", body.GetProperty("errors").ToString().Replace("\\u003C", "<"), StringComparison.Ordinal);
        Assert.Equal(before, (await WavesAsync(), await ReservedAsync()));
    }

    [Fact]
    public async Task Named_orders_are_all_released_or_none_and_a_packed_or_held_one_is_named()
    {
        await floor.QueryAsync(async db =>
        {
            var held = await db.Orders.FirstAsync(o => o.Number == "DEMO-2");
            held.Hold(HoldReasons.Payment, "test");
            return await db.SaveChangesAsync();
        });
        var before = (await WavesAsync(), await ReservedAsync());

        var response = await floor.Api().PostAsJsonAsync("/api/waves", new { orders = new[] { "DEMO-1", "DEMO-2" } });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("on hold", errors.GetProperty("orders[1]")[0].GetString());
        Assert.False(errors.TryGetProperty("orders[0]", out _));
        Assert.Equal(before, (await WavesAsync(), await ReservedAsync()));
    }

    [Fact]
    public async Task Not_json_is_415_too_large_is_413_and_no_key_is_401()
    {
        var notJson = await floor.Api().PostAsync("/api/waves", Body("orders=DEMO-1", "application/x-www-form-urlencoded"));
        var huge = await floor.Api().PostAsync("/api/waves", Body("{\"orders\":[" + string.Join(',', Enumerable.Repeat("\"WS-100001\"", 120_000)) + "]}"));
        var anonymous = await floor.CreateClient().PostAsync("/api/waves", Body("{}"));

        Assert.Equal((HttpStatusCode.UnsupportedMediaType, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.Unauthorized),
            (notJson.StatusCode, huge.StatusCode, anonymous.StatusCode));
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest)]
    [InlineData("PL-", HttpStatusCode.BadRequest)]
    [InlineData("-5", HttpStatusCode.BadRequest)]
    [InlineData("99999999999999", HttpStatusCode.BadRequest)]
    [InlineData("PL-999999", HttpStatusCode.NotFound)]
    [InlineData("%3Cscript%3E", HttpStatusCode.BadRequest)]
    public async Task A_pick_list_that_is_not_one_is_400_and_one_that_does_not_exist_404(string id, HttpStatusCode expected)
    {
        var response = await floor.Api().GetAsync($"/api/picklists/{id}");
        Assert.Equal(expected, response.StatusCode);
    }
}
