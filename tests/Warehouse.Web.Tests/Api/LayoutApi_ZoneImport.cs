using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

public sealed class LayoutApi_ZoneImport(WebFloor floor) : IClassFixture<WebFloor>
{
    private static object Zone(string code, long[] aisles, long length, long? middle, object depot, params object[] locations) =>
        new { code, name = $"Strefa {code}", aisleXMm = aisles, aisleLengthMm = length, middleCrossAisleYMm = middle, depot, locations };

    [Fact]
    public async Task A_new_zone_is_stored_with_its_locations_blocked_until_counted_and_a_second_one_of_that_code_is_409()
    {
        var zone = Zone("C", [1_000, 4_000], 10_000, 5_000, new { xMm = 1_000, yMm = 0 },
            new { code = "C-01-01-1", yMm = 600, side = "left" }, new { code = "C-02-01-1", yMm = 9_000, side = "Right", pickFace = false });

        var created = await floor.Api().PostAsync("/api/layout/zones", WebFloor.Json(zone));
        var again = await floor.Api().PostAsync("/api/layout/zones", WebFloor.Json(zone));
        var layout = await floor.Api().GetFromJsonAsync<JsonElement>("/api/layout");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), (created.StatusCode, again.StatusCode));
        var c = layout.GetProperty("zones").EnumerateArray().Single(z => z.GetProperty("code").GetString() == "C");
        Assert.Equal("TwoBlocks", c.GetProperty("kind").GetString());
        Assert.All(c.GetProperty("locations").EnumerateArray(), l => Assert.True(l.GetProperty("blockedForPicking").GetBoolean()));
    }

    [Fact]
    public async Task Bad_geometry_and_bad_locations_are_each_named_and_nothing_is_stored()
    {
        var geometry = await floor.Api().PostAsync("/api/layout/zones", WebFloor.Json(
            Zone("D", [4_000, 1_000], 10_000, null, new { xMm = 1_000, yMm = 0 }, new { code = "D-01-01-1", yMm = 600, side = "left" })));
        var locations = await floor.Api().PostAsync("/api/layout/zones", WebFloor.Json(
            Zone("E", [1_000, 4_000], 10_000, null, new { xMm = 1_000, yMm = 0 },
                new { code = "E-01-01-1", yMm = 600, side = "left" },
                new { code = "E-1-1-1", yMm = 600, side = "left" },
                new { code = "E-03-01-1", yMm = 600, side = "left" },
                new { code = "E-02-01-1", yMm = 12_000, side = "left" },
                new { code = "E-02-02-1", yMm = 600, side = "up" },
                new { code = "E-01-01-1", yMm = 700, side = "right" },
                new { code = "=HYPERLINK(1)", yMm = 700, side = "right" })));
        var geometryErrors = (await geometry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var locationErrors = (await locations.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (geometry.StatusCode, locations.StatusCode));
        Assert.True(geometryErrors.TryGetProperty("aisleXMm", out _), geometryErrors.ToString());
        foreach (var field in new[] { "locations[1].code", "locations[2].code", "locations[3].yMm", "locations[4].side", "locations[5].code", "locations[6].code" })
            Assert.True(locationErrors.TryGetProperty(field, out _), $"expected a problem for {field}: {locationErrors}");
        Assert.Equal(0, await floor.QueryAsync(db => db.Zones.CountAsync(z => z.Code == "D" || z.Code == "E")));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_that_says_where()
    {
        var response = await floor.Api().PostAsync("/api/layout/zones", new StringContent("{\"code\": \"F\", \"aisleXMm\": [1,", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Malformed JSON", await response.Content.ReadAsStringAsync());
    }
}
