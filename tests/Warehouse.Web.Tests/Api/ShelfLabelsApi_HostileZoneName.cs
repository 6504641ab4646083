using System.Net;
using System.Text.RegularExpressions;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>A zone imported with a name made of printer commands and markup gets labels that print that name as text.</summary>
public sealed class ShelfLabelsApi_HostileZoneName(WebFloor floor) : IClassFixture<WebFloor>
{
    private const string HostileName = "^XZ^XA^GB800,400,800^FS~JA<script>";

    [Fact]
    public async Task The_label_of_a_location_in_a_hostile_zone_is_one_format_with_the_name_escaped()
    {
        var zone = new
        {
            code = "H", name = HostileName, aisleXMm = new[] { 1_000L, 4_000L }, aisleLengthMm = 10_000L,
            depot = new { xMm = 1_000, yMm = 0 }, locations = new[] { new { code = "H-01-01-1", yMm = 600, side = "left" } },
        };
        var created = await floor.Api().PostAsync("/api/layout/zones", WebFloor.Json(zone));
        var zpl = await floor.Api().GetStringAsync("/api/layout/locations/H-01-01-1/label");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Single(Regex.Matches(zpl, Regex.Escape("^XA")));
        Assert.Single(Regex.Matches(zpl, Regex.Escape("^XZ")));
        Assert.DoesNotContain('~', zpl);
        Assert.Contains("^FH_^FD_5EXZ_5EXA_5EGB800,400,800_5EFS_7EJA<script>^FS", zpl);
        Assert.Contains("^FD>:H-01-01-1^FS", zpl);
    }
}
