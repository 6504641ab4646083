using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>What a packer does at an enrolled station page, and what the page answers.</summary>
public static class StationScans
{
    /// <summary>A scanner types a burst a few milliseconds apart and ends with Enter.</summary>
    public static async Task WedgeAsync(IPage page, string code)
    {
        await page.Keyboard.TypeAsync(code);
        await page.Keyboard.PressAsync("Enter");
    }

    public static async Task ExpectResultAsync(IPage page, string outcome, string text)
    {
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", outcome);
        await Expect(page.Locator("#result-text")).ToContainTextAsync(text);
    }
}
