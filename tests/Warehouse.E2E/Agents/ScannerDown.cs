using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E.Agents;

/// <summary>What the scanner-down tests look for on the station page: the banner by its id, never by its words alone.</summary>
public static class ScannerDown
{
    public const string Banner = "#scanner-down";

    /// <summary>Returns as soon as the banner is in the page (the browser watches for it on every frame, no back-off between looks): for measuring.</summary>
    public static Task AppearsAsync(IPage station, float timeoutMs) =>
        station.WaitForSelectorAsync(Banner, new() { Timeout = timeoutMs, State = WaitForSelectorState.Visible });

    /// <summary>The banner is up, says why, and came with the fault sound; it took neither the focus nor the result's place.</summary>
    public static async Task ShownAsync(IPage station, string reason, float timeoutMs)
    {
        await Expect(station.Locator(Banner)).ToBeVisibleAsync(new() { Timeout = timeoutMs });
        await Expect(station.Locator(Banner)).ToHaveAttributeAsync("data-reason", reason);
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Fault");
        await Expect(station.Locator("#result")).ToBeVisibleAsync();
        Assert.False(await station.EvaluateAsync<bool>($"() => document.querySelector('{Banner}').contains(document.activeElement)"),
            "the scanner-down banner took the focus");
    }

    /// <summary>The banner is gone, with the quieter "scanner back" cue.</summary>
    public static async Task GoneAsync(IPage station, float timeoutMs)
    {
        await Expect(station.Locator(Banner)).ToHaveCountAsync(0, new() { Timeout = timeoutMs });
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "ScannerBack");
    }
}
