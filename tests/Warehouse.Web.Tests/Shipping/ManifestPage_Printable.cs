using System.Net;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Shipping;

/// <summary>The dock's A4 manifest page: number as a barcode, parcels, count, weight, floor time.</summary>
public sealed class ManifestPage_Printable(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task The_page_shows_the_parcels_count_weight_and_barcode_in_floor_time()
    {
        await ManifestsApi_Read.StoreAsync(floor);

        var page = WebUtility.HtmlDecode(await floor.Api().GetStringAsync($"/dock/manifests/{ManifestsApi_Read.Number}"));

        Assert.Contains($"/barcodes/code128.png?data={ManifestsApi_Read.Number}", page);
        Assert.Contains("0000000000001U", page);
        Assert.Contains("359012340000088885", page);
        Assert.Contains("1,234 kg", page);
        Assert.Contains("03.12.2026 16:30", page); // 15:30 UTC is 16:30 in Warsaw in December
        Assert.Contains("DOCK-01", page);
    }

    [Fact]
    public async Task An_unknown_or_malformed_number_shows_no_manifest_and_anonymous_callers_are_sent_away()
    {
        var unknown = WebUtility.HtmlDecode(await floor.Api().GetStringAsync("/dock/manifests/MAN-DPD-20991231-01"));
        var malformed = await floor.Api().GetStringAsync("/dock/manifests/%3Cscript%3E"); // raw: escaped, never markup
        var anonymous = await floor.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/dock/manifests/{ManifestsApi_Read.Number}");

        Assert.Contains("MAN-DPD-20991231-01", unknown);
        Assert.DoesNotContain("<script>", malformed);
        Assert.DoesNotContain("0000000000001U", unknown);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }
}
