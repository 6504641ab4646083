using Microsoft.Extensions.DependencyInjection;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// Local mode: a line from the serial scanner the server reads itself that is not a code shows at the
/// station as a refused scan with the refused sound, as it does through an agent, and the next good
/// scan is taken.
/// </summary>
public sealed class ScannerRefusals_LocalMode(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task Noise_from_the_local_scanner_shows_as_a_refused_scan_and_the_next_good_scan_is_taken()
    {
        const string station = "PACK-01";
        var scanner = app.Services.GetRequiredService<DemoDevices>().Scanner(station);
        var page = await app.EnrolledStationAsync(station);
        await Expect(page.Locator("#device-scanner")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 10_000 });

        await scanner.SendGarbageAsync();
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", "Refused", new() { Timeout = 10_000 });
        await Expect(page.Locator("#result-text")).ToContainTextAsync("Skaner przysłał coś, co nie jest kodem (nieczytelne znaki)");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Refused");

        await scanner.ScanAsync("B-1002");
        await Expect(page.Locator("#operator")).ToHaveTextAsync("Piotr Nowak", new() { Timeout = 10_000 });
    }
}
