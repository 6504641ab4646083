using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Printing;
using Warehouse.Web.Demo;
using Warehouse.DeviceSimulators.Printers;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// A printer the server drives itself (no agent) shows its state on the station page, and a label
/// due while it is out of paper waits in the queue and prints once the roll is back.
/// </summary>
public sealed class ServerPrinters_Status(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task A_label_waits_while_the_printer_is_out_of_paper_and_prints_when_it_is_back()
    {
        var station = await app.EnrolledStationAsync("PACK-02");
        await Expect(station.Locator("#device-printer")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 10_000 });

        var printer = app.Services.GetRequiredService<DemoPrinters>()["PACK-02"];
        var demo = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        await demo.GotoAsync("/admin/printers");
        await demo.ClickAsync("[data-printer=PACK-02] button[data-fault=paper-out]");
        await Expect(demo.Locator("[data-printer=PACK-02] button[data-fault=paper-out]")).ToContainTextAsync("Włóż papier"); // the supervisor works in Polish
        Assert.True(printer.Condition.PaperOut);
        await Expect(station.Locator("#device-printer")).ToHaveAttributeAsync("data-state", "paper-out", new() { Timeout = 10_000 });
        await Expect(station.Locator("#device-printer")).ToContainTextAsync("brak papieru");

        var zpl = "^XA^FO50,50^A0N,40,40^FDwaits for paper^FS^XZ";
        var jobId = await app.QueryAsync(async db =>
        {
            var job = new PrintJob { StationCode = "PACK-02", Zpl = zpl, Status = PrintJobStatus.Queued, CreatedUtc = DateTime.UtcNow };
            db.PrintJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        await Task.Delay(TimeSpan.FromSeconds(4)); // two dispatcher rounds and a status round
        Assert.Equal(PrintJobStatus.Queued, await app.QueryAsync(db => db.PrintJobs.Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync()));
        Assert.Empty(printer.Received);

        await demo.ClickAsync("[data-printer=PACK-02] button[data-fault=paper-out]");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var label = await printer.WaitForLabelAsync(1, timeout.Token);
        Assert.Equal(zpl, label.Zpl.Trim());
        await Expect(station.Locator("#device-printer")).ToHaveAttributeAsync("data-state", "ready");
        await Agents.Eventually.HoldsAsync(
            async () => await app.QueryAsync(db => db.PrintJobs.Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync()) == PrintJobStatus.Printed,
            TimeSpan.FromSeconds(5), () => "the job was sent but not marked printed");
        Assert.Single(printer.Received);
    }

    [Fact]
    public async Task A_parcel_packed_while_the_printer_is_out_of_paper_says_label_waiting_until_its_label_prints()
    {
        var station = await app.EnrolledStationAsync("PACK-03");
        var printer = app.Services.GetRequiredService<DemoPrinters>()["PACK-03"];
        await Expect(station.Locator("#device-printer")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 10_000 });
        var ean = (await app.QueryAsync(db => db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.Number == "DEMO-2")).Select(l => l.Sku.Gtin!).SingleAsync())).TrimStart('0');

        printer.SetCondition(new SimulatedPrinterCondition(PaperOut: true));
        await Expect(station.Locator("#printer-fault")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(station.Locator("#printer-fault")).ToContainTextAsync("brak papieru"); // nobody signed in yet: the station speaks Polish
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Fault");

        await WedgeAsync(station, "B-1003");
        await WedgeAsync(station, "DEMO-2");
        await WedgeAsync(station, ean);

        // The scale settles, the parcel is packed: but not "done" while its label waits.
        await Expect(station.Locator("#result")).ToHaveAttributeAsync("data-outcome", "ParcelDone", new() { Timeout = 15_000 });
        await Expect(station.Locator("#result")).ToHaveAttributeAsync("data-label", "waiting");
        await Expect(station.Locator("#result")).ToContainTextAsync("PACKED — LABEL WAITING");
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "LabelWaiting");
        var tracking = await CarrierAnswers.TrackingNumberAsync(app.QueryAsync<string?>, "DEMO-2");
        await Expect(station.Locator($"[data-label-waiting='{tracking}']")).ToContainTextAsync("DEMO-2");

        printer.SetCondition(new SimulatedPrinterCondition());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await printer.WaitForLabelAsync(1, timeout.Token);
        await Expect(station.Locator("#label-printed")).ToContainTextAsync($"DEMO-2 · {tracking}", new() { Timeout = 15_000 });
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "LabelPrinted");
        await Expect(station.Locator("[data-label-waiting]")).ToHaveCountAsync(0);
        await Expect(station.Locator("#printer-fault")).ToHaveCountAsync(0);
    }
}
