using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// A scanner's keys arrive through the browser's input pipeline (the DevTools protocol, with the
/// times the keys were pressed) while the page's main thread is busy for 200 ms in the middle of
/// the burst, as right after a page load. The keys then wait and are handled late, 200 ms apart
/// by the clock, yet they were typed 5 ms apart: the station must take the whole code.
/// Keys made inside the page after the stall would pass even if the framing used handling time.
/// </summary>
public sealed class StationWedge_BusyPage(FloorApp app) : IClassFixture<FloorApp>
{
    private const double KeyGapSeconds = 0.005;

    [Fact]
    public async Task A_scan_whose_keys_wait_behind_a_busy_main_thread_arrives_whole()
    {
        var page = await app.EnrolledStationAsync("PACK-02");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var balm = await app.EanAsync("BAL-0004");

        await BurstAsync(page, cdp, "B-1002", stallAfter: 2);
        await Expect(page.Locator("#operator")).ToHaveTextAsync("Piotr Nowak");

        await BurstAsync(page, cdp, "DEMO-1", stallAfter: 4);
        await ExpectResultAsync(page, "Accepted", "DEMO-1");

        await BurstAsync(page, cdp, balm, stallAfter: 1);
        await ExpectResultAsync(page, "Accepted", "1 z 1");
    }

    /// <summary>
    /// Sends <paramref name="code"/> and Enter as real key events stamped 5 ms apart; the page's
    /// main thread blocks for 200 ms right after it has handled the first <paramref name="stallAfter"/> keys.
    /// </summary>
    private static async Task BurstAsync(IPage page, ICDPSession cdp, string code, int stallAfter)
    {
        await page.EvaluateAsync("""
            stallAfter => {
              let seen = 0;
              const stall = () => {
                if (++seen < stallAfter) return;
                document.removeEventListener('keydown', stall, true);
                const end = performance.now() + 200;
                while (performance.now() < end) { /* the page is busy: keys queue up */ }
              };
              document.addEventListener('keydown', stall, true);
            }
            """, stallAfter);

        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        var sent = new List<Task>();
        var keys = code.Select(c => (Key: c.ToString(), Code: "", Text: c.ToString(), VirtualKey: 0)).ToList();
        keys.Add(("Enter", "Enter", "\r", 13));
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, keyCode, text, virtualKey) = keys[i];
            var at = start + i * KeyGapSeconds;
            // Not awaited one by one: a scanner does not wait for the page either.
            sent.Add(cdp.SendAsync("Input.dispatchKeyEvent", Args("keyDown", key, keyCode, text, virtualKey, at)));
            sent.Add(cdp.SendAsync("Input.dispatchKeyEvent", Args("keyUp", key, keyCode, null, virtualKey, at + 0.001)));
        }
        await Task.WhenAll(sent);
    }

    private static Dictionary<string, object> Args(string type, string key, string code, string? text, int virtualKey, double timestamp)
    {
        var args = new Dictionary<string, object> { ["type"] = type, ["key"] = key, ["timestamp"] = timestamp };
        if (code.Length > 0) args["code"] = code;
        if (text is not null) args["text"] = text;
        if (virtualKey != 0) args["windowsVirtualKeyCode"] = virtualKey;
        return args;
    }
}
