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
                // Stamped 2 ms apart, as a scanner's keys are stamped by the OS when pressed: a browser
                // descheduled for 200 ms inside this loop (a loaded CI machine) must not make the burst look
                // typed by a person and be dropped, which no real scanner's burst ever is.
                const t0 = performance.now();
                [...code, 'Enter'].forEach((key, i) => {
                    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
                    Object.defineProperty(e, 'timeStamp', { value: t0 + i * 2 });
                    target.dispatchEvent(e);
                });
            }
            """, code);

    /// <summary>Scans <paramref name="code"/> by wedge and waits until the station has shown its answer; "Accepted" or what it said instead.</summary>
    public static async Task<string> ScanAnsweredAsync(IPage page, string code)
    {
        var before = await page.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
        await WedgeAsync(page, code);
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before, new() { Timeout = 10_000 });
        var outcome = await page.Locator("#result").GetAttributeAsync("data-outcome") ?? "";
        return outcome == "Accepted" ? outcome : $"{outcome}: {code} → {await page.Locator("#result-text").TextContentAsync()}";
    }

    public static async Task ExpectResultAsync(IPage page, string outcome, string text)
    {
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", outcome);
        await Expect(page.Locator("#result-text")).ToContainTextAsync(text);
    }
}
