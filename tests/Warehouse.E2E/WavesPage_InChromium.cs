using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// The supervisor's waves page as a person uses it: a wrong rule named by field, a preview that reserves
/// nothing, a release whose bar and outcome show, the new lists below; no circuit error in the browser.
/// </summary>
public sealed class WavesPage_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task A_supervisor_previews_and_releases_a_wave_and_sees_its_pick_lists()
    {
        var page = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        await page.GotoAsync("/");
        await page.ClickAsync("a[href='/picking/waves']");
        await Expect(page.Locator("#channel-Allegro")).ToBeCheckedAsync();

        // The browser's own checks stop a count out of range; a carrier name too long is the server's to name.
        await page.FillAsync("#carriers", "InPost, " + new string('X', 41));
        await page.ClickAsync("#preview");
        await Expect(page.Locator("#wave-problems")).ToContainTextAsync("carriers[1]");
        await Expect(page.Locator("#release")).ToBeDisabledAsync();

        await page.FillAsync("#carriers", "");
        await page.FillAsync("#max-orders", "4");
        await page.ClickAsync("#preview");
        await Expect(page.Locator("#wave-preview")).ToHaveAttributeAsync("data-orders", "4");
        await Expect(page.Locator("#wave-problems")).ToHaveCountAsync(0);
        Assert.Equal(0, await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Waves)));

        await page.ClickAsync("#release");
        await Expect(page.Locator("#wave-outcome")).ToContainTextAsync("✔");
        await Expect(page.Locator("#wave-progress")).ToHaveAttributeAsync("data-done", "4");
        await Expect(page.Locator("#pick-lists tbody tr").First).ToContainTextAsync("PL-");

        await Expect(page.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
        Assert.Empty(errors);
    }
}
