using System.Net;
using System.Text.RegularExpressions;

namespace Warehouse.Web.Tests.Deployment;

/// <summary>Signing in through the real form over HTTP, as a browser does: the form first (antiforgery), then the post.</summary>
internal static partial class FloorSignIn
{
    public static HttpClient Client(Uri baseUrl, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Posts the sign-in form; a redirect away from /login with a wh.person cookie is a signed-in person.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string badge, string password)
    {
        var page = await http.GetStringAsync("/login");
        var form = new FormUrlEncodedContent(
        [
            new("_handler", HiddenValue(page, "_handler")),
            new("__RequestVerificationToken", HiddenValue(page, "__RequestVerificationToken")),
            new("Input.Badge", badge),
            new("Input.Password", password),
        ]);
        return await http.PostAsync("/login", form);
    }

    public static bool IsSignedIn(HttpResponseMessage response, CookieContainer cookies, Uri baseUrl) =>
        response.StatusCode == HttpStatusCode.Found
        && response.Headers.Location?.OriginalString.Contains("login", StringComparison.OrdinalIgnoreCase) == false
        && cookies.GetCookies(baseUrl)["wh.person"] is not null;

    public static string Hidden(string html, string name) => HiddenValue(html, name);

    private static string HiddenValue(string html, string name)
    {
        foreach (Match input in Input().Matches(html))
        {
            if (!input.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal)) continue;
            var value = Value().Match(input.Value);
            if (value.Success) return WebUtility.HtmlDecode(value.Groups[1].Value);
        }
        throw new InvalidOperationException($"The sign-in page has no hidden field {name}:\n{html}");
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex Value();
}
