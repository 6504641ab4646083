using System.Net;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

public sealed class Api_Authentication(WebFloor floor) : IClassFixture<WebFloor>
{
    [Theory]
    [InlineData("GET", "/api/skus")]
    [InlineData("GET", "/api/orders/DEMO-1")]
    [InlineData("POST", "/api/orders")]
    [InlineData("POST", "/api/stations/PACK-01/scans")]
    [InlineData("GET", "/openapi/v1.json")]
    [InlineData("POST", "/api/waves")]
    [InlineData("POST", "/api/waves/preview")]
    [InlineData("GET", "/api/picklists")]
    [InlineData("GET", "/api/picklists/1")]
    [InlineData("POST", "/api/photos")]
    [InlineData("GET", "/api/photos/7d1e2c1c-0f4e-4c55-9b1e-1f0c2f6a9d10")]
    public async Task Without_a_key_the_api_answers_401(string method, string path)
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("demo-key-0123456789abcdeX")]
    [InlineData("' OR 1=1 --")]
    public async Task A_wrong_key_is_401(string key)
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/skus")).StatusCode);
    }

    [Fact]
    public async Task An_oversized_key_is_401_not_a_crash()
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", new string('k', 8000));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/skus")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/floor")]
    [InlineData("/station")]
    [InlineData("/admin/stations")]
    [InlineData("/handheld")]
    public async Task Pages_send_anonymous_people_to_sign_in(string path)
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/api/stations/{station}/scans")]
    [InlineData("/api/waves")]
    [InlineData("/api/waves/preview")]
    [InlineData("/api/picklists")]
    [InlineData("/api/picklists/{id}")]
    [InlineData("/api/layout")]
    [InlineData("/api/photos")]
    [InlineData("/api/deliveries")]
    [InlineData("/api/deliveries/{number}")]
    public async Task The_openapi_document_is_served_to_integrations(string path)
    {
        var response = await floor.Api().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"\"{path}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_healthz_is_open()
    {
        var response = await floor.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_hub_refuses_anonymous_callers()
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync("/hubs/floor/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
