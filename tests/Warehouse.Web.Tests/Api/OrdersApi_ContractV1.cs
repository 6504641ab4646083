using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>The order contract v1: what later floor steps (shipping, notices, the slip, returns) read from an order.</summary>
public sealed class OrdersApi_ContractV1(WebFloor floor) : IClassFixture<WebFloor>
{
    private async Task<string> AnySkuAsync() => await floor.QueryAsync(db => db.Skus.OrderBy(s => s.Id).Select(s => s.Code).FirstAsync());

    private static Dictionary<string, object?> Order(string number, string sku) => new()
    {
        ["number"] = number,
        ["channel"] = "OwnShop",
        ["customer"] = new { name = "Anna Kowalska", email = "anna@example.pl" },
        ["shipTo"] = new { street = "ul. Długa 5", postalCode = "30-001", city = "Kraków", country = "PL" },
        ["carrier"] = "InPost",
        ["service"] = "Paczkomat",
        ["lines"] = new object[] { new { sku, quantity = 2, price = 49.99m } },
    };

    [Fact]
    public async Task Every_v1_field_is_stored_and_read_back()
    {
        var sku = await AnySkuAsync();
        var order = Order("V1-FULL", sku);
        order["pickupPoint"] = "kra01m";
        order["cashOnDelivery"] = 109.98m;
        order["deliveryPaid"] = 9.99m;
        order["currency"] = "PLN";
        order["language"] = "en";
        order["marketingConsent"] = true;
        order["gift"] = true;
        order["giftNote"] = "Wszystkiego najlepszego!\nOla";
        order["ecoPackaging"] = true;
        order["brand"] = "Zielony Sklep";

        var created = await floor.Api().PostAsync("/api/orders", WebFloor.Json(order));
        var read = await floor.Api().GetFromJsonAsync<JsonElement>("/api/orders/V1-FULL");
        var extras = read.GetProperty("extras");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(49.99m, read.GetProperty("lines")[0].GetProperty("price").GetDecimal());
        Assert.Equal("KRA01M", extras.GetProperty("pickupPoint").GetString());
        Assert.Equal(109.98m, extras.GetProperty("cashOnDelivery").GetDecimal());
        Assert.Equal(9.99m, extras.GetProperty("deliveryPaid").GetDecimal());
        Assert.Equal("en", extras.GetProperty("language").GetString());
        Assert.True(extras.GetProperty("marketingConsent").GetBoolean());
        Assert.True(extras.GetProperty("gift").GetBoolean());
        Assert.Equal("Wszystkiego najlepszego!\nOla", extras.GetProperty("giftNote").GetString());
        Assert.True(extras.GetProperty("ecoPackaging").GetBoolean());
        Assert.Equal("Zielony Sklep", extras.GetProperty("brand").GetString());
        Assert.Equal(10998, await floor.QueryAsync(db => db.Orders.Where(o => o.Number == "V1-FULL").Select(o => o.CashOnDeliveryMinor).SingleAsync()));
    }

    [Fact]
    public async Task The_shape_before_v1_still_imports_with_polish_pln_and_no_consent()
    {
        var sku = await AnySkuAsync();
        var order = Order("V1-OLD", sku);
        order["lines"] = new object[] { new { sku, quantity = 1 } };

        var created = await floor.Api().PostAsync("/api/orders", WebFloor.Json(order));
        var extras = (await floor.Api().GetFromJsonAsync<JsonElement>("/api/orders/V1-OLD")).GetProperty("extras");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("pl", extras.GetProperty("language").GetString());
        Assert.Equal("PLN", extras.GetProperty("currency").GetString());
        Assert.False(extras.GetProperty("marketingConsent").GetBoolean());
    }

    [Theory]
    [InlineData("{\"number\":\"V1-U1\",\"pickupPiont\":\"KRA01M\"}", "pickupPiont")]
    [InlineData("{\"number\":\"V1-U2\",\"customer\":{\"name\":\"A\",\"nip\":\"1\"}}", "customer.nip")]
    [InlineData("{\"number\":\"V1-U3\",\"lines\":[{\"sku\":\"A\",\"quantity\":1,\"vat\":23}]}", "lines[0].vat")]
    public async Task An_unknown_field_is_refused_by_its_name_and_nothing_is_stored(string body, string field)
    {
        var before = await floor.QueryAsync(db => db.Orders.CountAsync());

        var response = await floor.Api().PostAsync("/api/orders", new StringContent(body, Encoding.UTF8, "application/json"));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty(field, out var problem), errors.ToString());
        Assert.Contains("Unknown field", problem[0].GetString());
        Assert.Equal(before, await floor.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Theory]
    [InlineData("cashOnDelivery", -1)]
    [InlineData("cashOnDelivery", 10.001)]
    [InlineData("deliveryPaid", 99999999)]
    [InlineData("currency", "zł")]
    [InlineData("currency", "pln")]
    [InlineData("language", "polski")]
    [InlineData("pickupPoint", "KRA 01M")]
    [InlineData("pickupPoint", "^XZ<script>")]
    [InlineData("giftNote", "a gift note without gift: true")]
    [InlineData("brand", "brand\u0007bell")]
    public async Task A_wrong_v1_field_is_named_and_nothing_is_stored(string field, object value)
    {
        var order = Order($"V1-BAD-{field}", await AnySkuAsync());
        order[field] = value;
        var before = await floor.QueryAsync(db => db.Orders.CountAsync());

        var response = await floor.Api().PostAsync("/api/orders", WebFloor.Json(order));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.Equal(before, await floor.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task One_sku_at_two_prices_is_refused_rather_than_guessed()
    {
        var sku = await AnySkuAsync();
        var order = Order("V1-TWO-PRICES", sku);
        order["lines"] = new object[] { new { sku, quantity = 1, price = 10m }, new { sku, quantity = 1, price = 12m } };

        var response = await floor.Api().PostAsync("/api/orders", WebFloor.Json(order));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("two prices", await response.Content.ReadAsStringAsync());
    }
}
