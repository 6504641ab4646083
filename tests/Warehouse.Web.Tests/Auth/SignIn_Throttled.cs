using Microsoft.AspNetCore.Mvc.Testing;
using Warehouse.Web.Tests.Deployment;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Auth;

/// <summary>
/// The sign-in form, over HTTP: wrong passwords and unknown badges get one answer, and the 31st
/// failure from one client in a minute is refused with a clear message — whatever address an
/// X-Forwarded-For header claims, since no proxy is configured.
/// </summary>
public sealed class SignIn_Throttled(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task The_31st_failure_from_one_client_is_refused_even_when_it_claims_other_addresses()
    {
        var http = floor.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var answers = new List<string>();

        for (var i = 1; i <= 31; i++)
        {
            http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            http.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i}");
            // Half of them a badge nobody has, half a real badge with a wrong password.
            var badge = i % 2 == 0 ? $"B-{5000 + i}" : "B-9901";
            var response = await FloorSignIn.PostAsync(http, badge, "not-the-password");
            answers.Add(System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var said = answers.Select(Alert).ToList();
        Assert.All(said.Take(30), alert => Assert.Equal("✖ Nieprawidłowy identyfikator lub hasło", alert));
        Assert.StartsWith("✖ Za dużo nieudanych prób logowania. Spróbuj ponownie za ", said[30]);
    }

    private static string Alert(string page)
    {
        var alert = System.Text.RegularExpressions.Regex.Match(page, "<p class=\"refused-text\" role=\"alert\">([^<]*)</p>");
        return alert.Success ? alert.Groups[1].Value.Trim() : "(no alert)";
    }
}
