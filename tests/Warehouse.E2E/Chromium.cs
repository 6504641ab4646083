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
        await page.GotoAsync("/login");
        await page.FillAsync("#badge", badge);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            // Committed to "/" and showing the home page; not the document's load event, which twice in
            // full runs under load never came although the page was there and the network idle.
            await page.WaitForURLAsync(baseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
            await page.WaitForSelectorAsync("h1:text-is('Warehouse')");
        }
        catch (TimeoutException e)
        {
            // Seen twice in full runs under load and never alone: say where the browser was and what it showed.
            var shown = await page.Locator("body").InnerTextAsync(new() { Timeout = 5000 });
            throw new TimeoutException($"Sign-in as {badge} did not reach {baseUrl}/: the browser is at {page.Url} showing:\n{shown}", e);
        }
        return page;
    }

    /// <summary>Enrols the signed-in admin's browser as <paramref name="station"/> and waits for the station page to be live.</summary>
    public static async Task<IPage> EnrolAsync(IPage adminPage, string baseUrl, string station)
    {
        await adminPage.GotoAsync("/admin/stations");
        await adminPage.SelectOptionAsync("#station", station);
        await adminPage.ClickAsync("#enrol");
        await adminPage.WaitForURLAsync(baseUrl + "/station");
        await adminPage.WaitForSelectorAsync("body[data-wedge=on] .station[data-ready=true]");
        return adminPage;
    }
}
