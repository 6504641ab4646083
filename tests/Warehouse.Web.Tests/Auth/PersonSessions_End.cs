using System.Net;
using Warehouse.Web.Tests.Admin;
using Warehouse.Web.Tests.Deployment;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Auth;

/// <summary>
/// Sign-out, deactivation, a password reset and a role change end a person's sessions: the cookie
/// and any copy of it are refused on the next request, and the person is sent to sign in again.
/// </summary>
public sealed class PersonSessions_End(WebFloor floor) : IClassFixture<WebFloor>
{
    private HttpClient CopyOfCookies(AdminBrowser from)
    {
        var copy = floor.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", from.Cookies);
        return copy;
    }

    private async Task<(AdminBrowser Admin, int Id, AdminBrowser Person)> SupervisorAsync(string badge)
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");
        await admin.AddAsync(badge, "Osoba " + badge, "Supervisor", "a long supervisor passphrase");
        var person = await AdminBrowser.SignedInAsync(floor, badge, "a long supervisor passphrase");
        return (admin, await admin.PersonIdAsync(badge), person);
    }

    private static async Task AssertSentToSignInAsync(HttpClient http)
    {
        var response = await http.GetAsync("/floor");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_copied_cookie_works_until_sign_out_and_is_refused_after_it()
    {
        var (_, _, person) = await SupervisorAsync("B-7301");
        var thief = CopyOfCookies(person);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/floor")).StatusCode);

        var page = await person.Http.GetStringAsync("/");
        var signOut = new FormUrlEncodedContent([new("__RequestVerificationToken", FloorSignIn.Hidden(page, "__RequestVerificationToken"))]);
        Assert.Equal(HttpStatusCode.Redirect, (await person.Http.PostAsync("/logout", signOut)).StatusCode);

        await AssertSentToSignInAsync(thief);
        await AssertSentToSignInAsync(person.Http);
    }

    [Theory]
    [InlineData("deactivate", "B-7311")]
    [InlineData("password", "B-7312")]
    [InlineData("role", "B-7313")]
    public async Task An_admins_change_ends_the_persons_sessions(string action, string badge)
    {
        var (admin, id, person) = await SupervisorAsync(badge);
        var copy = CopyOfCookies(person);
        Assert.Equal(HttpStatusCode.OK, (await person.Http.GetAsync("/floor")).StatusCode);

        var answer = await admin.ChangeAsync(id, action, role: "Supervisor", password: "another long passphrase");
        Assert.DoesNotContain("✖", answer);

        await AssertSentToSignInAsync(person.Http);
        await AssertSentToSignInAsync(copy);
    }

    [Fact]
    public async Task A_deactivated_person_cannot_sign_in_and_a_reactivated_one_can()
    {
        var (admin, id, _) = await SupervisorAsync("B-7321");
        await admin.ChangeAsync(id, "deactivate");
        await Assert.ThrowsAsync<InvalidOperationException>(() => AdminBrowser.SignedInAsync(floor, "B-7321", "a long supervisor passphrase"));

        await admin.ChangeAsync(id, "reactivate");
        var back = await AdminBrowser.SignedInAsync(floor, "B-7321", "a long supervisor passphrase");
        Assert.Equal(HttpStatusCode.OK, (await back.Http.GetAsync("/floor")).StatusCode);
    }
}
