using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Deployment;
using Warehouse.Web.Tests.FirstStart;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Catalog;

/// <summary>The cartons page and the catalog upload page, posted as a browser posts them: bad input named, nothing stored.</summary>
public sealed class CatalogPages_RefuseBadInput(WebFloor floor) : IClassFixture<WebFloor>
{
    private async Task<HttpClient> AdminAsync()
    {
        var http = floor.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await FloorSignIn.PostAsync(http, "B-9901", "demo-admin");
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        return http;
    }

    [Theory]
    [InlineData("<script>x</script>", "Karton", "180", "code")]
    [InlineData("K-77", "^XA^FDx^XZ", "180", "name")]
    [InlineData("K-77", "=cmd|' /C calc'!A0", "180", "name")]
    [InlineData("K-77", "Karton", "abc", "tare")]
    [InlineData("K-77", "Karton", "99999999999999999999", "tare")]
    public async Task A_hostile_or_oversized_carton_field_is_named_and_no_carton_is_stored(string code, string name, string tare, string field)
    {
        var http = await AdminAsync();

        var (_, html) = await PageForms.PostAsync(http, "/admin/cartons", "carton",
        [
            new("Input.Code", code), new("Input.Name", name),
            new("Input.InnerLength", "300"), new("Input.InnerWidth", "200"), new("Input.InnerHeight", "150"),
            new("Input.OuterLength", "310"), new("Input.OuterWidth", "210"), new("Input.OuterHeight", "160"),
            new("Input.Tare", tare), new("Input.MaxLoad", "20000"), new("Input.Active", "true"),
        ]);

        Assert.Contains("id=\"carton-refused\"", html);
        Assert.Contains($"data-field=\"{field}\"", html);
        Assert.DoesNotContain("<script>x", html);
        Assert.Equal(0, await floor.QueryAsync(db => db.CartonTypes.CountAsync(c => c.Code == "K-77" || c.Name == name)));
    }

    [Fact]
    public async Task An_uploaded_file_with_a_bad_row_lists_it_and_offers_no_import()
    {
        var http = await AdminAsync();

        var html = await UploadAsync(http, Encoding.UTF8.GetBytes("sku;name;weight_kg;length_cm;width_cm;height_cm\r\nUPL-0001;Talerz;0,5;25;25;3\r\nUPL-0002;=cmd|x;0,4;15;15;8\r\n"));

        Assert.Contains("data-line=\"3\" data-column=\"name\"", html);
        Assert.DoesNotContain("id=\"confirm\"", html);
        Assert.Equal(0, await floor.QueryAsync(db => db.Skus.CountAsync(s => s.Code.StartsWith("UPL-"))));
    }

    [Fact]
    public async Task The_Polish_preview_of_a_file_with_bad_rows_says_why_in_Polish_only()
    {
        var http = await AdminAsync(); // the demo admin reads Polish

        var html = WebUtility.HtmlDecode(await UploadAsync(http, Encoding.UTF8.GetBytes(
            "sku;name;weight_kg;length_cm;width_cm;height_cm;fragile\r\nUPL-0101;=cmd|x;0,4;15;15;8;\r\nUPL-0102;Kubek;zero;15;15;8;może\r\n")));

        Assert.Contains("Błędy (3)", html);
        Assert.Contains("zaczyna się jak formuła arkusza (= + - @)", html);
        Assert.Contains("to nie liczba: zero", html);
        Assert.Contains("tak/nie, yes/no, 1/0 albo puste", html);
        Assert.DoesNotContain("starts like a spreadsheet formula", html);
        Assert.DoesNotContain("not a number", html);
        Assert.DoesNotContain("catalog.problem.", html); // a code without a text would show as itself
    }

    [Fact]
    public async Task A_refused_carton_is_explained_in_Polish_on_the_Polish_page()
    {
        var http = await AdminAsync();

        var (_, html) = await PageForms.PostAsync(http, "/admin/cartons", "carton",
        [
            new("Input.Code", "K-78"), new("Input.Name", "Karton"),
            new("Input.InnerLength", "300"), new("Input.InnerWidth", "200"), new("Input.InnerHeight", "150"),
            new("Input.OuterLength", "290"), new("Input.OuterWidth", "210"), new("Input.OuterHeight", "160"),
            new("Input.Tare", "180"), new("Input.MaxLoad", "100"), new("Input.Active", "true"),
        ]);
        html = WebUtility.HtmlDecode(html);

        Assert.Contains("wymiary zewnętrzne muszą być na każdym boku co najmniej takie jak wewnętrzne", html);
        Assert.Contains("maksymalna waga obejmuje tarę kartonu", html);
        Assert.DoesNotContain("the outside must be", html);
        Assert.DoesNotContain("cartons.problem.", html);
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_with_the_limit_named()
    {
        var http = await AdminAsync();

        var html = WebUtility.HtmlDecode(await UploadAsync(http, new byte[11 * 1024 * 1024]));

        Assert.Contains("id=\"upload-refused\"", html);
        Assert.Contains("10 MB", html);
    }

    private static async Task<string> UploadAsync(HttpClient http, byte[] file)
    {
        var page = await http.GetStringAsync("/admin/catalog");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in PageForms.HiddenFields(page, "upload")) form.Add(new StringContent(value), name);
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "katalog.csv");
        return await (await http.PostAsync("/admin/catalog", form)).Content.ReadAsStringAsync();
    }
}
