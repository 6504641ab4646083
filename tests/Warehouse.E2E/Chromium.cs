using Microsoft.Playwright;

namespace Warehouse.E2E;

/// <summary>Debian's Chromium under Playwright. Never downloads a browser.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    // Two classes run side by side on two cores (AssemblyInfo.cs), beside the other test assemblies:
    // a page can take longer than Playwright's 5 s to show what a test waits for. Every Expect still
    // waits for its condition and fails when it never comes; timed acceptance checks pass their own timeout.
    static Chromium() => Assertions.SetDefaultExpectTimeout(15_000);

    /// <param name="moreArgs">What one test class needs besides (a fake camera, say).</param>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] moreArgs)
    {
        if (!File.Exists(Path))
            throw new InvalidOperationException("Debian's chromium is not installed: run tests/run-all.sh, which installs it.");
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required", .. moreArgs],
        });
    }

    /// <summary>A new browser context signed in through the login form.</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, string baseUrl, string badge, string password)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        await SignInAsync(page, baseUrl, badge, password);
        return page;
    }

    /// <summary>Signs <paramref name="page"/> in through the login form and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string badge, string password)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#badge", badge);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            // At "/" and showing the home page, polled rather than waited for as navigation events: under
            // a full run's load the events came late or not at all while the page was already there.
            // A minute, because the only cost of a long wait is on a run that fails anyway.
            await Assertions.Expect(page).ToHaveURLAsync(baseUrl + "/", new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("h1:text-is('Warehouse')")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // Seen twice in full runs under load and never alone: say where the browser was and what it showed.
            var shown = await page.Locator("body").InnerTextAsync(new() { Timeout = 5000 });
            throw new TimeoutException($"Sign-in as {badge} did not reach {baseUrl}/: the browser is at {page.Url} showing:\n{shown}", e);
        }
    }

    /// <summary>Enrols the signed-in admin's browser as <paramref name="station"/> and waits for the station page to be live.</summary>
    public static Task<IPage> EnrolAsync(IPage adminPage, string baseUrl, string station) =>
        EnrolAsync(adminPage, baseUrl, station, "/station", "body[data-wedge=on] .station[data-ready=true]");

    /// <summary>Enrols the signed-in admin's browser as <paramref name="station"/>, whose kind opens at <paramref name="path"/>, and waits for <paramref name="ready"/>.</summary>
    public static async Task<IPage> EnrolAsync(IPage adminPage, string baseUrl, string station, string path, string ready)
    {
        await adminPage.GotoAsync("/admin/stations");
        await adminPage.SelectOptionAsync("#station", station);
        await adminPage.ClickAsync("#enrol");
        // Polled, and a minute, as for the sign-in: under a full run's load the navigation event came late
        // or not at all while the station page was already there.
        await Assertions.Expect(adminPage).ToHaveURLAsync(baseUrl + path, new() { Timeout = 60_000 });
        await adminPage.WaitForSelectorAsync(ready, new() { Timeout = 60_000 });
        return adminPage;
    }
}
