using Warehouse.Web.Auth;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Auth;

/// <summary>Pages, the API, static files and a page that is not there all carry the same security headers.</summary>
public sealed class SecurityHeaders_OnEveryResponse(WebFloor floor) : IClassFixture<WebFloor>
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/healthz")]
    [InlineData("/api/skus")]
    [InlineData("/js/station.js")]
    [InlineData("/no-such-page")]
    [InlineData("/floor")]
    public async Task Every_response_says_nosniff_no_framing_and_scripts_from_this_app_only(string path)
    {
        using var http = floor.Api();

        var response = await http.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", policy);
        Assert.DoesNotContain("unsafe-inline'; img", policy.Replace("style-src 'self' 'unsafe-inline'; img", ""));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS only over HTTPS");
    }

    [Fact]
    public async Task No_page_has_an_inline_script_or_event_handler_the_policy_would_refuse()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Warehouse.Testing.RepositoryRoot.Path, "src", "Warehouse.Web", "Components"), "*.razor", SearchOption.AllDirectories);

        var offenders = pages.Where(f =>
        {
            var text = File.ReadAllText(f);
            return System.Text.RegularExpressions.Regex.IsMatch(text, @"<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+=""");
        }).ToList();

        Assert.True(pages.Count() > 20);
        Assert.Empty(offenders);
    }
}
