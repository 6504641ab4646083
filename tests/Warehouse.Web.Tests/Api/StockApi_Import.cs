using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

public sealed class StockApi_Import(WebFloor floor) : IClassFixture<WebFloor>
{
    private const string Header = "location,sku,quantity,lot,expiry,status\n";

    private static StringContent Csv(string text, string type = "text/csv") => new(text, Encoding.UTF8, type);

    // Zone B's last aisle is new racking the demo has not counted: empty, blocked for picking.
    private Task<int> UnitsInAsync(string location) => floor.QueryAsync(db =>
        db.StockBalances.Where(b => db.Locations.Any(l => l.Id == b.LocationId && l.Code == location)).SumAsync(b => b.OnHand));

    [Fact]
    public async Task A_stock_take_file_is_stored_and_opens_its_locations_for_picking()
    {
        var response = await floor.Api().PostAsync("/api/stock/import", Csv(Header + "B-08-01-1,KUB-0001,7,,,\nB-08-02-1,KUB-0001,3,,,b-grade\n"));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2, 10), (body.GetProperty("lines").GetInt32(), body.GetProperty("units").GetInt32()));
        Assert.Equal(7, await UnitsInAsync("B-08-01-1"));
        Assert.False(await floor.QueryAsync(db => db.Locations.Where(l => l.Code == "B-08-01-1").Select(l => l.BlockedForPicking).SingleAsync()));
    }

    [Fact]
    public async Task Every_bad_cell_is_named_by_line_and_column_and_nothing_is_stored()
    {
        var csv = Header + "B-08-03-1,KUB-0001,5,,,\nB-08-04-1,KUB-0001,-2,,,\nB-08-05-1,NIE-MA,1,,,\nB-08-06-1,KUB-0001,1,\"=HYPERLINK(\"\"http://x\"\")\",,\n";

        var response = await floor.Api().PostAsync("/api/stock/import", Csv(csv));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var key in new[] { "line 3, quantity", "line 4, sku", "line 5, lot" })
            Assert.True(errors.TryGetProperty(key, out _), $"expected a problem at {key}: {errors}");
        Assert.Equal(0, await UnitsInAsync("B-08-03-1"));
    }

    [Fact]
    public async Task A_body_that_is_not_csv_is_415_and_one_over_the_limit_is_413()
    {
        var json = await floor.Api().PostAsync("/api/stock/import", Csv("{}", "application/json"));
        var huge = await floor.Api().PostAsync("/api/stock/import", Csv(Header + string.Concat(Enumerable.Repeat("B-08-07-1,KUB-0001,1,,,\n", 60_000))));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(0, await UnitsInAsync("B-08-07-1"));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_400()
    {
        var latin2 = new ByteArrayContent([.. Encoding.ASCII.GetBytes(Header + "B-08-08-1,KUB-0001,1,"), 0xB3, 0xF3, .. ",,\n"u8.ToArray()]);
        latin2.Headers.ContentType = new("text/csv");

        var response = await floor.Api().PostAsync("/api/stock/import", latin2);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_key_the_import_is_401()
    {
        var response = await floor.CreateClient(new() { AllowAutoRedirect = false }).PostAsync("/api/stock/import", Csv(Header));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
