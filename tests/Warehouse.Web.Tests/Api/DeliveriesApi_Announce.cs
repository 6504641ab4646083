using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>POST /api/deliveries: an expected delivery stored whole, or refused by field with nothing stored.</summary>
public sealed class DeliveriesApi_Announce(WebFloor floor) : IClassFixture<WebFloor>
{
    private Task<int> DeliveriesAsync() => floor.QueryAsync(db => db.Deliveries.CountAsync());

    private static StringContent Body(string json, string type = "application/json") => new(json, Encoding.UTF8, type);

    [Fact]
    public async Task A_delivery_is_stored_with_its_lines_and_read_back_with_what_came()
    {
        var lot = await floor.QueryAsync(db => db.Skus.Where(s => s.TracksLots).Select(s => s.Code).FirstAsync());
        var body = new
        {
            number = "DEL-API-1", supplier = "<script>alert(1)</script> Sp. z o.o.", expectedUtc = "2026-12-04T07:00:00Z",
            lines = new object[] { new { sku = "KUB-0001", quantity = 5 }, new { sku = lot, quantity = 2, lot = "L-1", expiry = "2027-06-30" } },
        };

        var created = await floor.Api().PostAsJsonAsync("/api/deliveries", body);
        var again = await floor.Api().PostAsJsonAsync("/api/deliveries", body);
        var read = await floor.Api().GetAsync("/api/deliveries/DEL-API-1");
        var text = await read.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/deliveries/DEL-API-1", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("<script>alert(1)</script> Sp. z o.o.", json.GetProperty("supplier").GetString());
        Assert.Equal("application/json", read.Content.Headers.ContentType?.MediaType); // data, never a page: the handheld shows it as text
        Assert.Equal(7, json.GetProperty("expected").GetInt32());
        Assert.Equal("L-1", json.GetProperty("lines")[1].GetProperty("lot").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await floor.Api().GetAsync("/api/deliveries/DEL-NONE")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await floor.Api().GetAsync("/api/deliveries/%3Cscript%3E")).StatusCode);
    }

    [Theory]
    [InlineData("""{"number":"X-1","supplier":"A","lines":[{"sku":"KUB-0001","quantity":1}]}""", "number")]
    [InlineData("""{"number":"DEL-<script>","supplier":"A","lines":[{"sku":"KUB-0001","quantity":1}]}""", "number")]
    [InlineData("""{"number":"DEL-B1","supplier":"","lines":[{"sku":"KUB-0001","quantity":1}]}""", "supplier")]
    [InlineData("""{"number":"DEL-B2","supplier":"A\u202Eevil","lines":[{"sku":"KUB-0001","quantity":1}]}""", "supplier")]
    [InlineData("""{"number":"DEL-B3","supplier":"A","lines":[]}""", "lines")]
    [InlineData("""{"number":"DEL-B4","supplier":"A","lines":[{"sku":"KUB-0001","quantity":-5}]}""", "lines[0].quantity")]
    [InlineData("""{"number":"DEL-B5","supplier":"A","lines":[{"sku":"KUB-0001","quantity":0}]}""", "lines[0].quantity")]
    [InlineData("""{"number":"DEL-B6","supplier":"A","lines":[{"sku":"NO-SUCH","quantity":1}]}""", "lines[0].sku")]
    [InlineData("""{"number":"DEL-B7","supplier":"A","lines":[{"sku":"KUB-0001","quantity":1},{"sku":"KUB-0001","quantity":2}]}""", "lines[1].sku")]
    [InlineData("""{"number":"DEL-B8","supplier":"A","lines":[{"sku":"KUB-0001","quantity":1,"lot":"L1"}]}""", "lines[0].lot")]
    [InlineData("""{"number":"DEL-B9","supplier":"A","lines":[{"sku":"KUB-0001","quantity":1},null]}""", "lines[1]")]
    [InlineData("""{"number":"DEL-B10","supplier":"A","lines":[{"sku":"KUB-0001","quantity":1.5}]}""", "body")]
    [InlineData("""{"number":"DEL-B11","supplier":"A","lines":[{"sku":"KUB-0001","quantity":1}""", "body")]
    public async Task A_wrong_delivery_is_refused_by_field_and_nothing_is_stored(string json, string field)
    {
        var before = await DeliveriesAsync();

        var response = await floor.Api().PostAsync("/api/deliveries", Body(json));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"expected a problem at {field}: {body}");
        Assert.Equal(before, await DeliveriesAsync());
    }

    [Fact]
    public async Task A_lot_tracked_sku_needs_its_lot_and_expiry()
    {
        var lot = await floor.QueryAsync(db => db.Skus.Where(s => s.TracksLots).Select(s => s.Code).FirstAsync());

        var response = await floor.Api().PostAsync("/api/deliveries",
            Body($$"""{"number":"DEL-L1","supplier":"A","lines":[{"sku":"{{lot}}","quantity":1,"expiry":"31.12.2027"}]}"""));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.True(errors.TryGetProperty("lines[0].lot", out _));
        Assert.True(errors.TryGetProperty("lines[0].expiry", out _));
    }

    [Fact]
    public async Task Not_json_is_415_and_too_large_is_413()
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await floor.Api().PostAsync("/api/deliveries", Body("number=DEL-1", "text/plain"))).StatusCode);
        var huge = Body("""{"number":"DEL-H","supplier":"A","lines":[""" + string.Join(",", Enumerable.Repeat("""{"sku":"KUB-0001","quantity":1}""", 40_000)) + "]}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await floor.Api().PostAsync("/api/deliveries", huge)).StatusCode);
    }
}
