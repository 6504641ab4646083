using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E.Agents;

/// <summary>
/// A line from the scanner that is not a code (noise from a wrong baud rate, a line far too long, half
/// a code) is refused in the agent before it becomes a scan; the packer sees it refused at the station
/// with the refused sound, and a good scan right after it is not dropped. (Once it was only in the
/// agent's log, and the packer saw nothing at all.)
/// </summary>
public sealed class ScannerRefusals_ReachTheStation
{
    [Fact]
    public async Task Garbage_an_overlong_line_and_half_a_code_each_show_as_a_refused_scan_and_the_next_good_scan_is_taken()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        await using var server = await AppProcess.StartAsync(floor.ServerSettings);
        await using var agent = AgentProcess.Start(floor, Path.Combine(floor.Folder, "agent"));
        await using var browser = await SharedChromium.ForClassAsync();
        var admin = await Chromium.SignedInPageAsync(browser, server.BaseUrl, "B-9901", "demo-admin");
        var station = await Chromium.EnrolAsync(admin, server.BaseUrl, AgentFloor.Station);
        await Expect(station.Locator("#device-scanner")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 20_000 });

        (string Name, Func<Task> Send, string Said)[] refusals =
        [
            ("garbage", () => floor.Scanner.SendGarbageAsync(), "nieczytelne znaki"),
            ("an overlong line", () => floor.Scanner.SendOverlongLineAsync(8 * 1024), "za długa linia"),
            ("half a code", () => floor.Scanner.SendPartialAsync("59043211"), "niepełny kod"),
        ];
        foreach (var (name, send, said) in refusals)
        {
            var seq = await station.Locator("#result").GetAttributeAsync("data-seq");
            await send();
            await Expect(station.Locator($"#result:not([data-seq='{seq}'])")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(station.Locator("#result")).ToHaveAttributeAsync("data-outcome", "Refused");
            await Expect(station.Locator("#result-text")).ToContainTextAsync("Skaner przysłał coś, co nie jest kodem");
            await Expect(station.Locator("#result-text")).ToContainTextAsync(said);
            await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Refused");
            Assert.True((await floor.ScannedAsync()).Count == 0, $"{name} became a scan");
        }

        await floor.Scanner.SendGarbageAsync(seed: 7);
        await floor.Scanner.ScanAsync("B-1003");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Zofia Wiśniewska", new() { Timeout = 10_000 });
        Assert.Equal(["B-1003"], await floor.ScannedAsync());
    }
}
