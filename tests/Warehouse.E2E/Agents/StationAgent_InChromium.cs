using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Testing;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E.Agents;

/// <summary>
/// Acceptance, end to end: scanner pty, MT-SICS scale pty and Zebra on TCP → agent → server; an order
/// packed by scanner alone, its label printed at the station's printer and read back by an independent
/// renderer and ZXing; the station page in Chromium shows the live weight and the printer's state,
/// and the dashboard shows a printer fault.
/// </summary>
public sealed class StationAgent_InChromium
{
    private static async Task<T> WithLogAsync<T>(AppProcess server, AgentProcess agent, Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            throw new InvalidOperationException($"{e.Message}\n--- server ---\n{server.Output}\n--- agent ---\n{agent.Output}", e);
        }
    }

    [Fact]
    public async Task An_order_packed_through_the_agent_prints_a_readable_label_and_the_pages_show_the_devices_live()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        await using var server = await AppProcess.StartAsync(floor.ServerSettings);
        await using var agent = AgentProcess.Start(floor, Path.Combine(floor.Folder, "agent"));
        await using var browser = await SharedChromium.ForClassAsync();
        var admin = await Chromium.SignedInPageAsync(browser, server.BaseUrl, "B-9901", "demo-admin");
        var station = await WithLogAsync(server, agent, () => Chromium.EnrolAsync(admin, server.BaseUrl, AgentFloor.Station));

        await Expect(station.Locator("#device-agent")).ToHaveAttributeAsync("data-online", "true", new() { Timeout = 20_000 });
        await Expect(station.Locator("#device-scanner")).ToHaveAttributeAsync("data-state", "ready");
        await Expect(station.Locator("#device-printer")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 10_000 });

        await floor.Scanner.ScanAsync("B-1003");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Zofia Wiśniewska");
        await floor.Scanner.ScanAsync("DEMO-1");
        await Expect(station.Locator("#order-number")).ToContainTextAsync("DEMO-1");

        foreach (var line in (await floor.ViewAsync()).Lines)
        {
            for (var i = 0; i < line.Expected; i++)
            {
                await floor.Scanner.ScanAsync(line.Gtin!.TrimStart('0'));
                await WithLogAsync(server, agent, async () =>
                {
                    try
                    {
                        await Expect(station.Locator($"[data-sku='{line.SkuCode}'] .counted")).ToHaveTextAsync((i + 1).ToString());
                    }
                    catch (PlaywrightException e)
                    {
                        throw new TimeoutException($"{e.Message}; station says: {await station.Locator("#result").InnerTextAsync()}");
                    }
                    return true;
                });
                // The packer puts the item in the carton on the scale.
                floor.Scale.SetWeight((await floor.ViewAsync()).LoadGrams);
            }
        }

        var load = (await floor.ViewAsync()).LoadGrams;
        await Expect(station.Locator("#result")).ToHaveAttributeAsync("data-outcome", "ParcelDone", new() { Timeout = 15_000 });
        await Expect(station.Locator("#live-weight")).ToHaveAttributeAsync("data-grams", load.ToString());
        await Expect(station.Locator("#live-weight")).ToHaveAttributeAsync("data-stable", "true");

        var tracking = await CarrierAnswers.TrackingNumberAsync(floor.QueryAsync<string?>, "DEMO-1");
        var parcel = await floor.QueryAsync(db => db.Parcels.Where(p => p.TrackingNumber == tracking).Select(p => new { p.TrackingNumber, p.Sscc }).SingleAsync());
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            var label = await floor.Printer.WaitForLabelAsync(1, timeout.Token);
            var file = Path.Combine(floor.Folder, "agent-label.zpl");
            await File.WriteAllTextAsync(file, label.Zpl);
            var read = (await LabelReader.ReadAsync([file]))[file];
            Assert.Contains(read, b => b.Text == parcel.TrackingNumber);
            Assert.Contains(read, b => b.Text.Replace("(", "").Replace(")", "") == "00" + parcel.Sscc);
        }

        await Expect(station.Locator($"#parcels li[data-tracking='{parcel.TrackingNumber}']")).ToContainTextAsync("Printed", new() { Timeout = 15_000 });
        Assert.Single(floor.Printer.Received);

        // The roll runs out: the station and the supervisor see it without a reload.
        var dashboard = await Chromium.SignedInPageAsync(browser, server.BaseUrl, "B-9001", "demo-supervisor");
        await dashboard.GotoAsync("/floor");
        floor.Printer.SetPaperOut(true);
        await Expect(station.Locator("#device-printer")).ToHaveAttributeAsync("data-state", "paper-out", new() { Timeout = 15_000 });
        await Expect(station.Locator("#device-printer")).ToContainTextAsync("paper out"); // Zofia works in English
        await Expect(dashboard.Locator($"[data-station={AgentFloor.Station}] .device-fault[data-device=printer]")).ToContainTextAsync("brak papieru"); // the supervisor works in Polish

        // Zero from the page goes down the agent's stream to the scale, and its answer comes back.
        floor.Scale.SetWeight(0);
        await Expect(station.Locator("#live-weight[data-grams='0'][data-stable=true]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await station.ClickAsync("#scale-zero");
        await Expect(station.Locator("#result-text")).ToContainTextAsync("Scale: zero done", new() { Timeout = 10_000 });
        // The button kept no focus: the scanner's next Enter is a scan, not another zero.
        Assert.NotEqual("scale-zero", await station.EvaluateAsync<string>("() => document.activeElement?.id ?? ''"));

        await station.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "warehouse-agent-station.png"), FullPage = true });
    }
}
