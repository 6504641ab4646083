using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Auth;

/// <summary>
/// Every page that asks for a signed-in person, found by reflection so a new page cannot be forgotten:
/// an anonymous visit gets the sign-in page with its way back, never a blank 401.
/// </summary>
public sealed partial class Pages_SendAnonymousPeopleToSignIn(WebFloor floor) : IClassFixture<WebFloor>
{
    public static TheoryData<string> GuardedPages() => new(Routes());

    private static IEnumerable<string> Routes() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttribute<AuthorizeAttribute>() is not null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => Parameter().Replace(r.Template, "X-1"))
            .Distinct()
            .Order();

    [Fact]
    public void The_guarded_pages_are_found()
    {
        var pages = Routes().ToList();
        Assert.Contains("/station", pages);
        Assert.Contains("/dock/manifests/X-1", pages);
        Assert.True(pages.Count >= 15, string.Join(", ", pages));
    }

    [Theory, MemberData(nameof(GuardedPages))]
    public async Task An_anonymous_visit_is_sent_to_sign_in_and_back(string path)
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        // As a browser asks for a page; an image or an API call without a key keeps its 401.
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/login", new Uri(new Uri("http://x"), location).PathAndQuery);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), location);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
