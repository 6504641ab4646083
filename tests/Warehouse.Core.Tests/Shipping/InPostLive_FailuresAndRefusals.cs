using System.Text.Json.Nodes;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Error bodies as in "HTTP Status codes" of the ShipX documentation
/// (https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/28639229): the validation_failed
/// example there is {"status": 400, "error": "validation_failed", "message": "Data sent by POST or PUT
/// request are not valid. Check details for more info", "details": {"name": ["required", "too_short"],
/// "post_code": ["invalid_format"]}}.
/// </summary>
public sealed class InPostLive_FailuresAndRefusals : IDisposable
{
    private readonly ShipXLoopback _shipx = new();

    public void Dispose() => _shipx.Dispose();

    private Task<Shipment> Create() =>
        _shipx.InPost().CreateAsync(ShippingSamples.Request(InPostSandbox.Locker, pickupPoint: "KRA010"), CancellationToken.None);

    [Fact]
    public async Task Validation_failed_is_refused_with_the_fields_and_their_errors()
    {
        _shipx.Override = (method, _) => method == "POST"
            ? (400, ShipXLoopback.Error("validation_failed", "Data sent by POST or PUT request are not valid. Check details for more info",
                new JsonObject { ["name"] = new JsonArray("required", "too_short"), ["post_code"] = new JsonArray("invalid_format") }), "application/json")
            : null;

        var refused = await Assert.ThrowsAsync<CarrierRefused>(Create);

        Assert.Contains("validation_failed", refused.Message);
        Assert.Contains("name: required, too_short", refused.Message);
        Assert.Contains("post_code: invalid_format", refused.Message);
    }

    [Fact]
    public async Task A_500_on_the_create_is_unavailable_and_the_post_is_not_sent_again()
    {
        _shipx.Override = (method, _) => method == "POST" ? (500, "{\"status\":500,\"error\":\"internal_error\"}", "application/json") : null;

        await Assert.ThrowsAsync<CarrierUnavailable>(Create);

        Assert.Equal(1, _shipx.Count("POST", "/v1/"));
    }

    [Theory]
    [InlineData(200, "this is not json", "text/plain")]
    [InlineData(201, "{\"id\": \"forty-nine\"", "application/json")]
    [InlineData(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")]
    [InlineData(404, "<html><body>Not Found</body></html>", "text/html")]
    public async Task Garbage_and_html_pages_are_unavailable(int status, string body, string type)
    {
        _shipx.Override = (method, _) => method == "POST" ? (status, body, type) : null;

        await Assert.ThrowsAsync<CarrierUnavailable>(Create);
    }

    [Fact]
    public async Task A_read_that_fails_with_503_is_retried_with_back_off()
    {
        var failures = 2;
        _shipx.Override = (method, path) => method == "GET" && path.StartsWith("/v1/shipments/", StringComparison.Ordinal) && !path.Contains("label") && Interlocked.Decrement(ref failures) >= 0
            ? (503, "<html>Service Unavailable</html>", "text/html")
            : null;

        var shipment = await Create();

        Assert.Equal(24, shipment.TrackingNumber.Length);
        Assert.True(_shipx.Seen.Count(s => s.Method == "GET" && !s.Path.Contains("label")) >= 3);
    }

    [Fact]
    public async Task A_read_that_keeps_failing_is_unavailable()
    {
        _shipx.Override = (method, path) => method == "GET" ? (500, "{\"status\":500,\"error\":\"internal_error\"}", "application/json") : null;

        await Assert.ThrowsAsync<CarrierUnavailable>(Create);
    }

    [Fact]
    public async Task A_token_InPost_refuses_is_unavailable_and_names_the_setting()
    {
        _shipx.Override = (_, _) => (401, "{\"status\":401,\"error\":\"token_invalid\",\"message\":\"Token is missing or invalid.\"}", "application/json");

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(Create);

        Assert.Contains("Shipping:Carriers:INPOST:ApiToken", down.Message);
    }
}
