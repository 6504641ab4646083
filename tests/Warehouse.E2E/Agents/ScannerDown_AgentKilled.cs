using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E.Agents;

/// <summary>
/// Acceptance: the agent process dies (its socket closes) and the station says at once, loudly, that
/// its scans are not being received; a new agent brings the scanner back and a scan works again.
/// (Once scans read while the agent was down were flushed from the port without a word.)
/// </summary>
[Collection(TimedCollection.Name)]
public sealed class ScannerDown_AgentKilled(ITestOutputHelper output)
{
    [Fact]
    public async Task The_station_shows_the_scanner_down_banner_within_two_seconds_of_the_agents_death_and_drops_it_when_a_new_agent_connects()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        await using var server = await AppProcess.StartAsync(floor.ServerSettings);
        var state = Path.Combine(floor.Folder, "agent");
        var first = AgentProcess.Start(floor, state);
        await using var browser = await SharedChromium.ForClassAsync();
        var admin = await Chromium.SignedInPageAsync(browser, server.BaseUrl, "B-9901", "demo-admin");
        var station = await Chromium.EnrolAsync(admin, server.BaseUrl, AgentFloor.Station);
        await Expect(station.Locator("#device-scanner")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 20_000 });
        await Expect(station.Locator(ScannerDown.Banner)).ToHaveCountAsync(0);

        await first.KillAsync();
        var dead = Stopwatch.StartNew();
        await ScannerDown.AppearsAsync(station, timeoutMs: 2000);
        output.WriteLine($"banner {dead.ElapsedMilliseconds} ms after the agent was killed");
        Assert.True(dead.Elapsed < TimeSpan.FromSeconds(2), $"banner after {dead.ElapsedMilliseconds} ms\n{server.Output}");
        await ScannerDown.ShownAsync(station, "agent", timeoutMs: 2000);
        await first.DisposeAsync();

        await using var second = AgentProcess.Start(floor, state);
        await ScannerDown.GoneAsync(station, timeoutMs: 30_000);
        await floor.Scanner.ScanAsync("B-1003");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Zofia Wiśniewska", new() { Timeout = 10_000 });
    }
}
