using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Catalog;

/// <summary>PUT /api/skus/{sku} and POST /api/skus/import: idempotent writes, every bad field listed, nothing half-stored.</summary>
public sealed class SkusApi_CreateOrUpdate(WebFloor floor) : IClassFixture<WebFloor>
{
    private static Dictionary<string, object?> Body(string name = "Kubek testowy") => new()
    {
        ["name"] = name, ["gtin"] = "4006381333931", ["weightGrams"] = 350, ["lengthMm"] = 125, ["widthMm"] = 90, ["heightMm"] = 100, ["fragile"] = true,
    };

    [Fact]
    public async Task A_new_SKU_is_created_the_same_body_again_changes_nothing_and_a_new_name_updates_it()
    {
        var api = floor.Api();

        var created = await api.PutAsJsonAsync("/api/skus/api-0001", Body());
        var again = await api.PutAsJsonAsync("/api/skus/API-0001", Body());
        var renamed = await api.PutAsJsonAsync("/api/skus/API-0001", Body("Kubek po zmianie"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, again.StatusCode, renamed.StatusCode));
        Assert.Equal("/api/skus/API-0001", created.Headers.Location?.OriginalString);
        var read = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("API-0001", "Kubek po zmianie", "4006381333931", 350), (read.GetProperty("sku").GetString(), read.GetProperty("name").GetString(), read.GetProperty("ean13").GetString(), read.GetProperty("weightGrams").GetInt32()));
        Assert.Equal(1, await floor.QueryAsync(db => db.Skus.CountAsync(s => s.Code == "API-0001")));
    }

    [Fact]
    public async Task Every_bad_field_is_listed_at_once_and_nothing_is_stored()
    {
        var body = new Dictionary<string, object?> { ["name"] = "", ["gtin"] = "4006381333932", ["weightGrams"] = 0, ["widthMm"] = 99_999_999, ["heightMm"] = 10 };

        var response = await floor.Api().PutAsJsonAsync("/api/skus/API-0002", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["gtin", "lengthMm", "name", "weightGrams", "widthMm"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("check digit", errors.GetProperty("gtin")[0].GetString());
        Assert.Equal(0, await floor.QueryAsync(db => db.Skus.CountAsync(s => s.Code == "API-0002")));
    }

    public static TheoryData<string, string, string> Hostile => new()
    {
        { "API-0003", "<script>alert(1)</script>^XA^FDx^XZ", "name" },
        { "API-0003", "=cmd|' /C calc'!A0", "name" },
        { "API-0003", "Kubek\u0000\u001b[2J", "name" },
        { "API-0003", new string('x', 5000), "name" },
        { "A%20B", "Kubek", "sku" },
        { "%3Cscript%3E", "Kubek", "sku" },
        { new string('A', 41), "Kubek", "sku" },
    };

    [Theory, MemberData(nameof(Hostile))]
    public async Task Hostile_or_oversized_input_is_refused_with_the_field_named(string sku, string name, string field)
    {
        var response = await floor.Api().PutAsJsonAsync($"/api/skus/{sku}", Body(name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"{field}\"", problem);
        Assert.DoesNotContain("\u001b", problem, StringComparison.Ordinal); // ordinal: a culture comparison ignores control characters
        Assert.Equal(0, await floor.QueryAsync(db => db.Skus.CountAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task An_unknown_field_a_wrong_type_or_no_key_is_refused()
    {
        var unknown = Body();
        unknown["colour"] = "red";
        var wrongType = new StringContent("{\"name\":\"Kubek\",\"weightGrams\":\"ciężki\"}", Encoding.UTF8, "application/json");

        var a = await floor.Api().PutAsJsonAsync("/api/skus/API-0004", unknown);
        var b = await floor.Api().PutAsync("/api/skus/API-0004", wrongType);
        var c = await floor.CreateClient().PutAsJsonAsync("/api/skus/API-0004", Body());

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized), (a.StatusCode, b.StatusCode, c.StatusCode));
        Assert.Contains("colour", await a.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_catalog_CSV_is_imported_whole_and_a_file_with_a_bad_row_stores_nothing()
    {
        var good = new StringContent("sku;name;weight_kg;length_cm;width_cm;height_cm\r\nCSV-0001;Talerz;0,5;25;25;3\r\nCSV-0002;Miska;0,4;15;15;8\r\n", Encoding.UTF8, "text/csv");
        var bad = new StringContent("sku;name;weight_kg;length_cm;width_cm;height_cm\r\nCSV-0003;Talerz;0,5;25;25;3\r\nCSV-0004;=cmd|x;0,4;15;15;8\r\n", Encoding.UTF8, "text/csv");
        var json = new StringContent("{}", Encoding.UTF8, "application/json");

        var imported = await floor.Api().PostAsync("/api/skus/import", good);
        var refused = await floor.Api().PostAsync("/api/skus/import", bad);
        var notCsv = await floor.Api().PostAsync("/api/skus/import", json);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("line 3, name", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await floor.QueryAsync(db => db.Skus.CountAsync(s => s.Code == "CSV-0003")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notCsv.StatusCode);
    }
}
