using System.Net;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>Location, tote and cart labels as ZPL through the API: known codes print, unknown are 404, malformed 400.</summary>
public sealed class ShelfLabelsApi_Zpl(WebFloor floor) : IClassFixture<WebFloor>
{
    [Theory]
    [InlineData("/api/layout/locations/A-01-01-1/label", "^FD>:A-01-01-1^FS")]
    [InlineData("/api/totes/T-0001/label", "^FD>:T-0001^FS")]
    [InlineData("/api/carts/CART-01/label", "^FD>:CART-01^FS")]
    public async Task A_known_code_answers_its_label_as_zpl_text_with_the_code_as_code_128(string path, string barcode)
    {
        var response = await floor.Api().GetAsync(path);
        var zpl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("^XA^CI28^PW799^LL400", zpl);
        Assert.Contains(barcode, zpl);
    }

    [Fact]
    public async Task The_location_label_names_the_zone_it_is_in()
    {
        var zpl = await floor.Api().GetStringAsync("/api/layout/locations/A-01-01-1/label");

        Assert.Contains("^FH_^FDStrefa A _E2_80_94 drobnica^FS", zpl);
    }

    [Fact]
    public async Task At_300_dpi_the_label_is_the_same_size_in_more_dots_and_other_resolutions_are_400()
    {
        var at300 = await floor.Api().GetStringAsync("/api/totes/T-0001/label?dpi=300");
        var at600 = await floor.Api().GetAsync("/api/totes/T-0001/label?dpi=600");

        Assert.StartsWith("^XA^CI28^PW1181^LL591", at300);
        Assert.Equal(HttpStatusCode.BadRequest, at600.StatusCode);
    }

    [Theory]
    [InlineData("/api/layout/locations/Z-01-01-1/label")]
    [InlineData("/api/layout/locations/A-99-999-9/label")]
    [InlineData("/api/totes/T-9999/label")]
    [InlineData("/api/carts/CART-99/label")]
    [InlineData("/api/totes/CART-01/label")]
    public async Task A_well_formed_code_nobody_has_is_404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await floor.Api().GetAsync(path)).StatusCode);

    public static TheoryData<string> MalformedPaths()
    {
        var data = new TheoryData<string>();
        foreach (var code in new[] { "a-01-01-1", "A-1-1-1", "A-01-01-1%5EXZ", "%5EXZ%5EXA", "~JA", "%3Cscript%3E", "%C5%81-01-01-1", new string('A', 2000) })
            data.Add($"/api/layout/locations/{code}/label");
        foreach (var code in new[] { "t-0001", "T-0001%5EXZ", "~JA", "%3Cscript%3E", "T%200001", new string('T', 21), new string('T', 2000) })
        {
            data.Add($"/api/totes/{code}/label");
            data.Add($"/api/carts/{code}/label");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedPaths))]
    public async Task A_malformed_or_oversized_code_is_400_and_not_echoed(string path)
    {
        var response = await floor.Api().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("^XA", body);
        Assert.DoesNotContain("<script>", body);
        Assert.DoesNotContain("AAAAAAAAAA", body);
    }

    [Theory]
    [InlineData("/api/layout/locations/A-01-01-1/label")]
    [InlineData("/api/totes/T-0001/label")]
    [InlineData("/api/carts/CART-01/label")]
    public async Task Without_a_key_a_label_is_401(string path) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await floor.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path)).StatusCode);
}
