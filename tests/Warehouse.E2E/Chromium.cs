using Microsoft.Playwright;

namespace Warehouse.E2E;

/// <summary>Debian's Chromium under Playwright. Never downloads a browser.</summary>
public static class Chromium
{
    /// <summary>
    /// Debian's chromium-headless-shell: Chromium's engine without the desktop browser around it, what
    /// Playwright itself runs for headless tests. The same end-to-end run took 45% less CPU in Chromium
    /// than with the full browser in headless mode (docs/testing.md), on a machine the suite saturates.
    /// </summary>
    public const string Path = "/usr/bin/chromium-headless-shell";

    /// <summary>The whole browser, for what the shell does not have: a permission it would ask the user about
    /// (the shell answers getUserMedia with NotSupportedError where the browser refuses with NotAllowedError).</summary>
    public const string BrowserPath = "/usr/bin/chromium";

    // Two classes run side by side on two cores (AssemblyInfo.cs), beside the other test assemblies:
    // a page can take longer than Playwright's 5 s to show what a test waits for. Every Expect still
    // waits for its condition and fails when it never comes; timed acceptance checks pass their own timeout.
    static Chromium() => Assertions.SetDefaultExpectTimeout(15_000);

    /// <param name="moreArgs">What one test class needs besides (a fake camera, say).</param>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] moreArgs) =>
        LaunchAsync(playwright, Path, moreArgs);

    /// <summary>The whole browser (<see cref="BrowserPath"/>), headless, for a test of what only it does.</summary>
    public static Task<IBrowser> LaunchBrowserAsync(IPlaywright playwright, params string[] moreArgs) =>
        LaunchAsync(playwright, BrowserPath, moreArgs);

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright, string executable, string[] moreArgs)
    {
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Debian's {System.IO.Path.GetFileName(executable)} is not installed: run tests/run-all.sh, which installs it.");
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required", .. moreArgs],
        });
    }

    /// <summary>A new browser context signed in through the login form.</summary>
    /// <remarks>
    /// With the "reduce motion" preference, as a user may set it: the station's answer banner then appears without its
    /// flash (app.css). The flash is decoration, and drawn in software here it was a fifth of Chromium's CPU in the
    /// command-state test (docs/testing.md).
    /// </remarks>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, string baseUrl, string badge, string password)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "pl-PL", ReducedMotion = ReducedMotion.Reduce });
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
