using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Printing;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E.Agents;

/// <summary>
/// A label lost in the printer is never reported printed. Scanner pty, scale pty and a Zebra on TCP →
/// station agent → server → the station page in Chromium: the parcel's label is held in the printer's
/// buffer, the printer is power-cycled, it comes back idle and empty, its label counter has not moved —
/// and the station says "label not confirmed — reprint?" for that parcel, as a fault, until CMD:REPRINT
/// prints it again.
/// </summary>
public sealed class StationAgent_LabelNotConfirmed
{
    [Fact]
    public async Task A_printer_killed_with_the_label_in_its_buffer_leaves_the_parcel_not_confirmed_at_the_station()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        await using var server = await AppProcess.StartAsync(floor.ServerSettings);
        await using var agent = AgentProcess.Start(floor, Path.Combine(floor.Folder, "agent"));
        string Log() => $"\n--- server ---\n{server.Output}\n--- agent ---\n{agent.Output}";
        await using var browser = await SharedChromium.ForClassAsync();
        var admin = await Chromium.SignedInPageAsync(browser, server.BaseUrl, "B-9901", "demo-admin");
        var station = await Chromium.EnrolAsync(admin, server.BaseUrl, AgentFloor.Station);
        await Expect(station.Locator("#device-agent")).ToHaveAttributeAsync("data-online", "true", new() { Timeout = 20_000 });
        await Expect(station.Locator("#device-printer")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 10_000 });

        // The printer is in the middle of its work: it takes the label into its buffer and holds it there.
        floor.Printer.SetBusy(true);
        await floor.Scanner.ScanAsync("B-1003");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Zofia Wiśniewska");
        await floor.Scanner.ScanAsync("DEMO-1");
        await Expect(station.Locator("#order-number")).ToContainTextAsync("DEMO-1");
        foreach (var line in (await floor.ViewAsync()).Lines)
        {
            for (var i = 0; i < line.Expected; i++)
            {
                await floor.Scanner.ScanAsync(line.Gtin!.TrimStart('0'));
                await Expect(station.Locator($"[data-sku='{line.SkuCode}'] .counted")).ToHaveTextAsync((i + 1).ToString(), new() { Timeout = 10_000 });
                floor.Scale.SetWeight((await floor.ViewAsync()).LoadGrams);
            }
        }

        await Expect(station.Locator("#result")).ToHaveAttributeAsync("data-outcome", "ParcelDone", new() { Timeout = 15_000 });
        var tracking = await CarrierAnswers.TrackingNumberAsync(floor.QueryAsync<string?>, "DEMO-1");
        await Eventually.HoldsAsync(() => Task.FromResult(floor.Printer.HeldCount == 1), TimeSpan.FromSeconds(20),
            () => $"the label never reached the printer's buffer (received {floor.Printer.Received.Count}){Log()}");

        // Power off and on: the held label is gone, the printer comes back idle, its counter where it was.
        var lost = floor.Printer.PowerCycle();
        Assert.Single(lost);

        var banner = station.Locator($"[data-label-waiting='{tracking}'][data-print-status='NotConfirmed']");
        try
        {
            await Expect(banner).ToContainTextAsync("Label not confirmed — reprint? DEMO-1", new() { Timeout = 20_000 }); // Zofia works in English
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(e.Message + Log(), e);
        }
        await Expect(banner).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("banner-fault"));
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Fault");
        var job = await floor.QueryAsync(db => db.PrintJobs.AsNoTracking().Where(j => j.Parcel!.TrackingNumber == tracking).SingleAsync());
        Assert.Equal(PrintJobStatus.NotConfirmed, job.Status);
        Assert.Empty(floor.Printer.Printed);
        Assert.True(job.SentUtc <= lost[0].ReceivedAt.UtcDateTime, $"sent at {job.SentUtc:O}, the printer had it at {lost[0].ReceivedAt:O}");

        // The packer reprints: a new job, printed and counted this time, and the banner goes.
        await floor.Scanner.ScanAsync("CMD:REPRINT");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
            Assert.Equal(lost[0].Zpl, (await floor.Printer.WaitForLabelAsync(1, timeout.Token)).Zpl);
        await Expect(station.Locator($"[data-label-waiting='{tracking}']")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        Assert.Equal(2, floor.Printer.Received.Count);
    }
}
