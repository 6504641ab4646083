using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>The sign-in form with wrong, hostile and oversized input: a clear message, nobody signed in, nothing runs.</summary>
public sealed class Forms_BadInput(FloorApp app) : IClassFixture<FloorApp>
{
    [Theory]
    [InlineData("B-9901", "wrong-password")]
    [InlineData("B-0000", "demo-admin")]
    [InlineData("B-1001", "")]
    [InlineData("<script>alert(1)</script>", "x")]
    [InlineData("' OR '1'='1", "' OR '1'='1")]
    public async Task A_wrong_sign_in_says_so_and_signs_nobody_in(string badge, string password)
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync("/login");
        await page.FillAsync("#badge", badge);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");

        await Expect(page.Locator("form")).ToContainTextAsync(password == "" ? "jest wymagane" : "Nieprawidłowy identyfikator lub hasło");
        await page.GotoAsync("/floor");
        Assert.StartsWith(app.BaseUrl + "/login", page.Url);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task An_oversized_badge_is_refused_by_the_form()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#badge", new string('B', 5000));
        await page.FillAsync("#password", "demo-admin");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("form")).ToContainTextAsync("najwyżej 40 znaków");
    }

    [Fact]
    public async Task A_supervisor_is_denied_the_admin_page_for_enrolling_stations()
    {
        var supervisor = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        await supervisor.GotoAsync("/admin/stations");
        Assert.StartsWith(app.BaseUrl + "/denied", supervisor.Url);
    }
}
