using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

public sealed class OrdersApi_Import(WebFloor floor) : IClassFixture<WebFloor>
{
    private static object Order(string number, string sku = "", int quantity = 1) => new
    {
        number,
        channel = "OwnShop",
        customer = new { name = "Grzegorz Brzęczyszczykiewicz", email = "g@example.pl" },
        shipTo = new { street = "ul. Chrząszczyżewoszyce 1", postalCode = "99-999", city = "Łękołody", country = "PL" },
        carrier = "DPD",
        service = "Kurier",
        lines = new[] { new { sku, quantity } },
    };

    private async Task<string> AnySkuAsync() => await floor.QueryAsync(db => db.Skus.OrderBy(s => s.Id).Select(s => s.Code).FirstAsync());

    [Fact]
    public async Task An_order_is_imported_once_and_a_duplicate_is_409()
    {
        var sku = await AnySkuAsync();
        var api = floor.Api();

        var created = await api.PostAsync("/api/orders", WebFloor.Json(Order("API-1", sku, 2)));
        var duplicate = await api.PostAsync("/api/orders", WebFloor.Json(Order("API-1", sku, 2)));
        var read = await api.GetFromJsonAsync<JsonElement>("/api/orders/API-1");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/orders/API-1", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("Ready", read.GetProperty("status").GetString());
        Assert.Equal(2, read.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
    }

    [Theory]
    [InlineData("{\"number\": \"X-1\", ", "Malformed JSON")]
    [InlineData("[1,2,3]", "Malformed JSON")]
    [InlineData("null", "empty or null")]
    [InlineData("{\"number\": 12, \"lines\": \"many\"}", "Malformed JSON")]
    public async Task Malformed_json_is_a_400_that_says_what_is_wrong(string body, string says)
    {
        var response = await floor.Api().PostAsync("/api/orders", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(says, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missing_fields_unknown_sku_and_negative_quantity_are_all_listed_and_nothing_is_stored()
    {
        var before = await floor.QueryAsync(db => db.Orders.CountAsync());

        var response = await floor.Api().PostAsync("/api/orders", WebFloor.Json(new { number = "API-BAD", lines = new[] { new { sku = "NO-SUCH", quantity = -3 } } }));
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "channel", "customer", "shipTo", "carrier", "service", "lines[0].sku", "lines[0].quantity" })
            Assert.True(problems.TryGetProperty(field, out _), $"expected a problem for {field}: {problems}");
        Assert.Equal(before, await floor.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task A_10_MB_body_is_refused_before_it_is_read()
    {
        var huge = new ByteArrayContent(new byte[10 * 1024 * 1024]);
        huge.Headers.ContentType = new("application/json");

        var response = await floor.Api().PostAsync("/api/orders", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var response = await floor.Api().PostAsync("/api/orders", new StringContent("number=1", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Cancel_and_hold_take_a_reason_and_unknown_orders_are_404()
    {
        var sku = await AnySkuAsync();
        var api = floor.Api();
        await api.PostAsync("/api/orders", WebFloor.Json(Order("API-STOP", sku)));

        var hold = await api.PostAsync("/api/orders/API-STOP/hold", WebFloor.Json(new { reason = "adres do sprawdzenia" }));
        var cancel = await api.PostAsync("/api/orders/API-STOP/cancel", null);
        var unknown = await api.PostAsync("/api/orders/NOPE/cancel", null);
        var read = await api.GetFromJsonAsync<JsonElement>("/api/orders/API-STOP");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (hold.StatusCode, cancel.StatusCode, unknown.StatusCode));
        Assert.Equal("Cancelled", read.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_hold_names_its_reason_and_resuming_the_last_one_puts_the_order_back_where_it_was()
    {
        var sku = await AnySkuAsync();
        var api = floor.Api();
        await api.PostAsync("/api/orders", WebFloor.Json(Order("API-HOLD", sku)));

        var shop = await api.PostAsync("/api/orders/API-HOLD/hold", WebFloor.Json(new { reason = "płatność w toku" }));
        var stock = await api.PostAsync("/api/orders/API-HOLD/hold", WebFloor.Json(new { hold = "stock" }));
        var badKind = await api.PostAsync("/api/orders/API-HOLD/hold", WebFloor.Json(new { hold = "weather" }));
        var resumeShop = await api.PostAsync("/api/orders/API-HOLD/resume", null);
        var held = await api.GetFromJsonAsync<JsonElement>("/api/orders/API-HOLD");
        var resumeStock = await api.PostAsync("/api/orders/API-HOLD/resume", WebFloor.Json(new { hold = "stock" }));
        var notHeld = await api.PostAsync("/api/orders/API-HOLD/resume", WebFloor.Json(new { hold = "stock" }));
        var read = await api.GetFromJsonAsync<JsonElement>("/api/orders/API-HOLD");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest), (shop.StatusCode, stock.StatusCode, badKind.StatusCode));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict), (resumeShop.StatusCode, resumeStock.StatusCode, notHeld.StatusCode));
        Assert.Equal(("OnHold", "stock"), (held.GetProperty("status").GetString(), held.GetProperty("holds")[0].GetString()));
        Assert.Equal(("Ready", 0), (read.GetProperty("status").GetString(), read.GetProperty("holds").GetArrayLength()));
    }
}
