using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Staff;
using Warehouse.Web.Tests.Admin;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>
/// Each door of the API lets in a key with its scope and refuses one without it with 403 and a
/// problem that names the scope; a station key limited to named stations drives only those; a
/// revoked key is refused at once; the keys page shows a key once and never its hash.
/// </summary>
public sealed class ApiKeys_Scoped(WebFloor floor) : IClassFixture<WebFloor>
{
    private async Task<HttpClient> KeyAsync(string name, string[] scopes, string? stations = null)
    {
        var made = await floor.Services.GetRequiredService<ApiKeys>().CreateAsync(name, scopes, stations, adminId: 1);
        Assert.True(made.Done, made.Message.ToString());
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", made.Key);
        return client;
    }

    private static HttpRequestMessage Door(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
    };

    public static TheoryData<string, string, string> Doors => new()
    {
        { "GET", "/api/skus", ApiScopes.Read },
        { "GET", "/api/orders/DEMO-1", ApiScopes.Read },
        { "GET", "/api/picklists", ApiScopes.Read },
        { "GET", "/api/layout", ApiScopes.Read },
        { "GET", "/api/manifests?carrier=InPost", ApiScopes.Read },
        { "GET", "/openapi/v1.json", ApiScopes.Read },
        { "POST", "/api/orders", ApiScopes.OrdersImport },
        { "POST", "/api/orders/DEMO-1/hold", ApiScopes.OrdersImport },
        { "POST", "/api/stations/PACK-01/scans", ApiScopes.StationsDrive },
        { "POST", "/api/waves/preview", ApiScopes.FloorManage },
        { "POST", "/api/deliveries", ApiScopes.FloorManage },
        { "POST", "/api/stock/counts", ApiScopes.FloorManage },
        { "POST", "/api/layout/zones", ApiScopes.FloorManage },
        { "POST", "/api/parcels/NONE/void", ApiScopes.FloorManage },
    };

    [Theory, MemberData(nameof(Doors))]
    public async Task A_door_lets_in_its_scope_and_refuses_the_others_with_the_scope_named(string method, string path, string scope)
    {
        var allowed = await KeyAsync("only " + Guid.NewGuid().ToString("N"), [scope]);
        var others = await KeyAsync("others " + Guid.NewGuid().ToString("N"), [.. ApiScopes.All.Where(s => s != scope)]);

        var inside = await allowed.SendAsync(Door(method, path));
        var outside = await others.SendAsync(Door(method, path));

        Assert.NotEqual(HttpStatusCode.Forbidden, inside.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, inside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        if (!path.StartsWith("/openapi"))
        {
            using var problem = JsonDocument.Parse(await outside.Content.ReadAsStringAsync());
            Assert.Contains($"lacks the scope '{scope}'", problem.RootElement.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task A_station_key_limited_to_a_station_drives_that_one_only()
    {
        var key = await KeyAsync("scanner PACK-01 " + Guid.NewGuid().ToString("N"), [ApiScopes.StationsDrive], "PACK-01");

        var own = await key.SendAsync(Door("POST", "/api/stations/pack-01/scans"));
        var other = await key.SendAsync(Door("POST", "/api/stations/PACK-02/scans"));

        Assert.NotEqual(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("may drive only the stations PACK-01", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_hub_wants_the_read_scope()
    {
        var reader = await KeyAsync("hub reader", [ApiScopes.Read]);
        var importer = await KeyAsync("hub importer", [ApiScopes.OrdersImport]);

        Assert.Equal(HttpStatusCode.OK, (await reader.PostAsync("/hubs/floor/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await importer.PostAsync("/hubs/floor/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    [Fact]
    public async Task The_demo_key_keeps_every_scope()
    {
        var demo = floor.Api();
        foreach (var (method, path, _) in Doors.Select(d => ((string)d[0], (string)d[1], (string)d[2])))
            Assert.NotEqual(HttpStatusCode.Forbidden, (await demo.SendAsync(Door(method, path))).StatusCode);
    }

    [Fact]
    public async Task A_key_made_on_the_page_is_shown_once_works_and_is_refused_at_once_after_its_revoke()
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");
        var made = await admin.PostAsync("/admin/api-keys", "create", ("Create.Name", "sklep"), ("Create.Scopes", ApiScopes.Read), ("Create.Scopes", ApiScopes.OrdersImport));
        var key = System.Text.RegularExpressions.Regex.Match(made, "<code id=\"new-key\">([^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(key);
        Assert.DoesNotContain(key, await admin.Http.GetStringAsync("/admin/api-keys"));
        Assert.DoesNotContain(Secrets.HashToken(key), await admin.Http.GetStringAsync("/admin/api-keys"));

        var shop = floor.CreateClient(new() { AllowAutoRedirect = false });
        shop.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await shop.GetAsync("/api/skus")).StatusCode);

        var id = (await floor.Services.GetRequiredService<ApiKeys>().ListAsync()).Single(k => k.Name == "sklep").Id;
        Assert.Contains("Klucz sklep odwołany.", await admin.PostAsync("/admin/api-keys", "revoke-" + id, ("Revoke", id.ToString())));
        Assert.Equal(HttpStatusCode.Unauthorized, (await shop.GetAsync("/api/skus")).StatusCode);
    }

    public static TheoryData<string, string[], string?, string> BadKeys => new()
    {
        { "<script>alert(1)</script>", [ApiScopes.Read], null, "Nazwa to litery, cyfry" },
        { "^XA^XZ", [ApiScopes.Read], null, "Nazwa to litery, cyfry" },
        { "zły\u0001klucz", [ApiScopes.Read], null, "Nazwa to litery, cyfry" },
        { new string('k', 5000), [ApiScopes.Read], null, "najwyżej 100 znaków" },
        { "bez uprawnień", [], null, "Wybierz co najmniej jedno uprawnienie." },
        { "zły zakres", ["admin:*"], null, "Nieznane uprawnienie: admin:*." },
        { "złe stanowisko", [ApiScopes.StationsDrive], "<script>", "Nie ma stanowiska <SCRIPT>." },
    };

    [Theory, MemberData(nameof(BadKeys))]
    public async Task A_bad_key_request_on_the_page_is_refused_and_no_key_is_made(string name, string[] scopes, string? stations, string message)
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");
        var before = (await floor.Services.GetRequiredService<ApiKeys>().ListAsync()).Count;

        var answer = await admin.PostAsync("/admin/api-keys", "create",
            [("Create.Name", name), .. scopes.Select(s => ("Create.Scopes", s)), ("Create.Stations", stations ?? "")]);

        Assert.Contains(message, answer);
        Assert.DoesNotContain("id=\"new-key\"", answer);
        Assert.Equal(before, (await floor.Services.GetRequiredService<ApiKeys>().ListAsync()).Count);
    }
}
