using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E.Agents;

/// <summary>
/// Acceptance: the network between agent and server goes silent without closing (a cable pulled
/// between switches, here a real TCP relay that stops forwarding both ways). The server's HTTP/2
/// keepalive pings find it, and the station shows the scanner-down banner within 10 s.
/// </summary>
[Collection(TimedCollection.Name)]
public sealed class ScannerDown_SilentNetwork(ITestOutputHelper output)
{
    [Fact]
    public async Task A_network_gone_silent_between_agent_and_server_shows_the_scanner_down_banner_within_ten_seconds()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        await using var server = await AppProcess.StartAsync(floor.ServerSettings);
        await using var cable = new SilentRelay(floor.AgentPort);
        await using var agent = AgentProcess.Start(AgentFloor.Station, cable.Url, floor.Secret, Path.Combine(floor.Folder, "agent"));
        await using var browser = await SharedChromium.ForClassAsync();
        var admin = await Chromium.SignedInPageAsync(browser, server.BaseUrl, "B-9901", "demo-admin");
        var station = await Chromium.EnrolAsync(admin, server.BaseUrl, AgentFloor.Station);
        await Expect(station.Locator("#device-scanner")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 20_000 });
        await Expect(station.Locator(ScannerDown.Banner)).ToHaveCountAsync(0);

        cable.GoSilent();
        var silent = Stopwatch.StartNew();
        await ScannerDown.AppearsAsync(station, timeoutMs: 10_000);
        output.WriteLine($"banner {silent.ElapsedMilliseconds} ms after the network went silent");
        Assert.True(silent.Elapsed < TimeSpan.FromSeconds(10), $"banner after {silent.ElapsedMilliseconds} ms\n{server.Output}");
        await ScannerDown.ShownAsync(station, "agent", timeoutMs: 10_000);

        // The cable back in: the agent finds its own connection dead, dials again and is heard.
        cable.Mend();
        await ScannerDown.GoneAsync(station, timeoutMs: 40_000);
        await floor.Scanner.ScanAsync("B-1003");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Zofia Wiśniewska", new() { Timeout = 10_000 });
    }
}
