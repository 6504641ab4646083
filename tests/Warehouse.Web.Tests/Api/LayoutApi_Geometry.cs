using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Core.Picking.Routing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

public sealed class LayoutApi_Geometry(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task The_layout_builds_a_pick_layout_for_every_zone_and_every_pick_face_routes_on_it()
    {
        var layout = await floor.Api().GetFromJsonAsync<JsonElement>("/api/layout");

        var zones = layout.GetProperty("zones").EnumerateArray().ToList();
        Assert.Equal(["SingleBlock", "TwoBlocks"], zones.Select(z => z.GetProperty("kind").GetString()));
        foreach (var zone in zones)
        {
            var aisles = zone.GetProperty("aisles").EnumerateArray().Select(a => a.GetProperty("xMm").GetInt64()).ToList();
            var crossAisles = zone.GetProperty("crossAisles").EnumerateArray().Select(c => c.GetProperty("yMm").GetInt64()).ToList();
            var depot = zone.GetProperty("depot");
            var pickLayout = new PickLayout(aisles, zone.GetProperty("aisleLengthMm").GetInt64(),
                new PickDepot(depot.GetProperty("xMm").GetInt64(), depot.GetProperty("yMm").GetInt64()),
                crossAisles.Count == 3 ? crossAisles[1] : null);
            var picks = zone.GetProperty("locations").EnumerateArray()
                .Where(l => l.GetProperty("pickFace").GetBoolean() && !l.GetProperty("blockedForPicking").GetBoolean())
                .Select(l =>
                {
                    var aisle = l.GetProperty("aisle").GetInt32();
                    Assert.Equal(aisles[aisle], l.GetProperty("xMm").GetInt64());
                    return new PickPoint(aisle, l.GetProperty("yMm").GetInt64(), Enum.Parse<PickSide>(l.GetProperty("side").GetString()!));
                })
                .ToList();

            Assert.Equal(zone.GetProperty("blocks").GetInt32(), pickLayout.Blocks);
            Assert.True(picks.Count > 100, $"{picks.Count} pick faces in {zone.GetProperty("code")}");
            pickLayout.Check(picks);
            var plan = PickRouting.Plan(pickLayout, picks.Where((_, i) => i % 17 == 0).ToList());
            Assert.True(plan.Route.LengthMm > 0 && plan.Route.LengthMm <= plan.SShapeLengthMm);
        }
    }

    [Fact]
    public async Task Without_a_key_the_layout_is_401()
    {
        var response = await floor.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/layout");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
