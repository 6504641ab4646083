using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>What a packer does at an enrolled station page, and what the page answers.</summary>
public static class StationScans
{
    /// <summary>
    /// A scanner types a burst of keys a few milliseconds apart and ends with Enter. The burst is
    /// dispatched inside the page, key after key: sent one by one from here, each key waits for a
    /// round trip to the browser, and a loaded test machine stretches those past what tells a
    /// scanner from a person (a person typing is tested with real, slow keys).
    /// </summary>
    public static Task WedgeAsync(IPage page, string code) =>
        page.EvaluateAsync("""
            code => {
                const target = document.activeElement ?? document.body;
                for (const key of [...code, 'Enter'])
                    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            }
            """, code);

    public static async Task ExpectResultAsync(IPage page, string outcome, string text)
    {
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", outcome);
        await Expect(page.Locator("#result-text")).ToContainTextAsync(text);
    }
}
