using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>Orders that would pass import and then stop the floor: refused at the door, with why, and nothing stored.</summary>
public sealed class OrdersApi_RefusesWhatCannotBePacked(WebFloor floor) : IClassFixture<WebFloor>
{
    private async Task<string> AnySkuAsync() => await floor.QueryAsync(db => db.Skus.OrderBy(s => s.Id).Select(s => s.Code).FirstAsync());

    private static Dictionary<string, object?> Order(string number, string sku, params object[] lines) => new()
    {
        ["number"] = number,
        ["channel"] = "OwnShop",
        ["customer"] = new Dictionary<string, object?> { ["name"] = "Anna Nowak", ["email"] = "anna@example.pl" },
        ["shipTo"] = new Dictionary<string, object?> { ["name"] = "Anna Nowak", ["street"] = "ul. Długa 1", ["postalCode"] = "00-001", ["city"] = "Warszawa", ["country"] = "PL" },
        ["carrier"] = "DPD",
        ["service"] = "KURIER",
        ["lines"] = lines.Length > 0 ? lines : new object[] { new { sku, quantity = 1 } },
    };

    private async Task<(HttpStatusCode Status, string Body)> ImportAsync(object order)
    {
        var response = await floor.Api().PostAsync("/api/orders", WebFloor.Json(order));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task AssertRefusedAsync(object order, string number, string field, string says)
    {
        var (status, body) = await ImportAsync(order);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var problems), $"expected a problem for {field}: {body}");
        Assert.Contains(says, problems.ToString());
        Assert.False(await floor.QueryAsync(db => db.Orders.AnyAsync(o => o.Number == number)));
    }

    [Theory]
    [InlineData("shipTo", "   ")]
    [InlineData("customer", "")]
    [InlineData("customer", "\t")]
    public async Task A_blank_name_is_refused(string part, string blank)
    {
        var order = Order($"BLANK-{part}-{blank.Length}", await AnySkuAsync());
        ((Dictionary<string, object?>)order[part]!)["name"] = blank;
        await AssertRefusedAsync(order, $"BLANK-{part}-{blank.Length}", $"{part}.name", "Must not be blank");
    }

    [Fact]
    public async Task No_name_at_all_is_refused()
    {
        var order = Order("NONAME-1", await AnySkuAsync());
        ((Dictionary<string, object?>)order["shipTo"]!).Remove("name");
        ((Dictionary<string, object?>)order["customer"]!).Remove("name");
        await AssertRefusedAsync(order, "NONAME-1", "customer.name", "Required");
    }

    [Theory]
    [InlineData("Allegro,Marketplace")]
    [InlineData("3")]
    [InlineData("Ebay")]
    public async Task An_unknown_channel_is_refused(string channel)
    {
        var order = Order("CHAN-" + channel.Length, await AnySkuAsync());
        order["channel"] = channel;
        await AssertRefusedAsync(order, "CHAN-" + channel.Length, "channel", "Must be one of");
    }

    [Theory]
    [InlineData("A/1", "letters, digits")]
    [InlineData("2026/12/001", "letters, digits")]
    [InlineData("ORDER-1234567890-1234567890-123", "At most 30 characters")]
    public async Task An_order_number_the_floor_cannot_use_is_refused(string number, string says) =>
        await AssertRefusedAsync(Order(number, await AnySkuAsync()), number, "number", says);

    [Fact]
    public async Task A_thirty_character_number_fits_the_label_and_is_taken()
    {
        var number = "N-" + new string('7', 28);
        var (status, body) = await ImportAsync(Order(number, await AnySkuAsync()));
        Assert.True(status == HttpStatusCode.Created, body);
    }

    [Fact]
    public async Task A_number_that_differs_only_in_case_is_refused_with_the_other_order_named()
    {
        var sku = await AnySkuAsync();
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(Order("Case-Twin-1", sku))).Status);

        var (status, body) = await ImportAsync(Order("CASE-TWIN-1", sku));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Case-Twin-1", body);
        Assert.Contains("only in letter case", body);
        Assert.False(await floor.QueryAsync(db => db.Orders.AnyAsync(o => o.Number == "CASE-TWIN-1")));
    }

    [Theory]
    [InlineData(-400, false)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(400, false)]
    public async Task Ship_by_must_lie_within_a_year_of_today(int days, bool taken)
    {
        var number = $"SHIPBY-{(days < 0 ? "M" : "P")}{Math.Abs(days)}";
        var order = Order(number, await AnySkuAsync());
        order["shipBy"] = DateTime.UtcNow.AddDays(days);
        if (taken) Assert.Equal(HttpStatusCode.Created, (await ImportAsync(order)).Status);
        else await AssertRefusedAsync(order, number, "shipBy", "not a real deadline");
    }

    [Fact]
    public async Task The_quantity_cap_holds_for_one_sku_split_over_lines()
    {
        var sku = await AnySkuAsync();
        var order = Order("SPLIT-CAP", sku, new { sku, quantity = 6000 }, new { sku = sku.ToLowerInvariant(), quantity = 6000 });
        await AssertRefusedAsync(order, "SPLIT-CAP", "lines[1].quantity", "adds up to 12000");
    }

    [Theory]
    [InlineData("cancel", "nul\u0000here")]
    [InlineData("hold", "bell\u0007")]
    [InlineData("hold", "esc\u001b[31m")]
    public async Task A_reason_with_control_characters_is_refused_and_the_order_stays(string action, string reason)
    {
        var number = $"CTRL-{action}-{reason.Length}";
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(Order(number, await AnySkuAsync()))).Status);

        var response = await floor.Api().PostAsync($"/api/orders/{number}/{action}", WebFloor.Json(new { reason }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Control characters", await response.Content.ReadAsStringAsync());
        var read = await floor.Api().GetFromJsonAsync<JsonElement>($"/api/orders/{number}");
        Assert.Equal("Ready", read.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancelling_twice_says_already_cancelled()
    {
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(Order("TWICE-1", await AnySkuAsync()))).Status);
        var api = floor.Api();

        var first = await api.PostAsync("/api/orders/TWICE-1/cancel", null);
        var second = await api.PostAsync("/api/orders/TWICE-1/cancel", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already cancelled", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_chunked_body_is_read_like_any_other()
    {
        var sku = await AnySkuAsync();
        var api = floor.Api();

        var import = await api.PostAsync("/api/orders", Chunked(Order("CHUNKED-1", sku)));
        var hold = await api.PostAsync("/api/orders/CHUNKED-1/hold", Chunked(new { reason = "adres do sprawdzenia", hold = "address" }));
        var read = await api.GetFromJsonAsync<JsonElement>("/api/orders/CHUNKED-1");

        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hold.StatusCode);
        Assert.Equal("adres do sprawdzenia", read.GetProperty("stopReason").GetString());
        Assert.Contains("address", read.GetProperty("holds").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_v1_contract()
    {
        var document = await floor.Api().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var body = document.GetProperty("paths").GetProperty("/api/orders").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        if (body.TryGetProperty("$ref", out var reference))
            body = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        var schema = body.GetProperty("properties");
        foreach (var field in new[] { "number", "channel", "shipTo", "lines", "pickupPoint", "cashOnDelivery", "currency", "language", "giftNote", "ecoPackaging", "brand" })
            Assert.True(schema.TryGetProperty(field, out _), $"ImportedOrder lacks {field}");
    }

    /// <summary>A body with no length, as a shop streaming its JSON sends it.</summary>
    private static HttpContent Chunked(object value)
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));
        content.Headers.ContentType = new("application/json");
        return content;
    }
}
