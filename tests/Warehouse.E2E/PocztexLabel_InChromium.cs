using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Printing;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// The demo's Pocztex order DEMO-3 packed at PACK-03 in Chromium: its label comes as PDF only and prints on the
/// station's simulated IPP document printer (ADR 11), once, named by the parcel's SSCC; the station shows it
/// printed only after the printer reported the job completed, and the demo printers page lists it.
/// </summary>
public sealed class PocztexLabel_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task The_demo_pocztex_order_prints_its_pdf_label_on_the_stations_document_printer()
    {
        var eans = await app.QueryAsync(db => db.Orders.Where(o => o.Number == "DEMO-3").SelectMany(o => o.Lines)
            .Select(l => l.Sku.Gtin!).ToListAsync());
        Assert.Equal(2, eans.Count);
        var station = await app.EnrolledStationAsync("PACK-03");
        var errors = new List<string>();
        station.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };

        await WedgeAsync(station, "B-1001");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Anna Kowalska");
        await WedgeAsync(station, "DEMO-3");
        await ExpectResultAsync(station, "Accepted", "DEMO-3");
        foreach (var ean in eans) await WedgeAsync(station, ean.TrimStart('0'));
        await ExpectResultAsync(station, "ParcelDone", "DEMO-3");

        var tracking = await CarrierAnswers.TrackingNumberAsync(app.QueryAsync<string?>, "DEMO-3");
        var parcel = await app.QueryAsync(db => db.Parcels.Where(p => db.Orders.Any(o => o.Id == p.OrderId && o.Number == "DEMO-3"))
            .Select(p => new { p.Sscc, p.CarrierCode, p.TrackingNumber }).SingleAsync());
        Assert.Equal(("POCZTEX", tracking), (parcel.CarrierCode, parcel.TrackingNumber));
        var documents = app.Services.GetRequiredService<DemoPrinters>().DocumentPrinters["PACK-03"];
        await Expect(station.Locator($"#parcels li[data-tracking='{parcel.TrackingNumber}']")).ToContainTextAsync("Wydrukowana");

        // The label, and the order's packing slip after it (ADR 12): the label is the one named by the SSCC.
        var printed = Assert.Single(documents.Jobs, j => j.Name.StartsWith(parcel.Sscc, StringComparison.Ordinal));
        Assert.Equal(IppJobState.Completed, printed.State);
        Assert.StartsWith(parcel.Sscc + " #", printed.Name);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(printed.Pdf, 0, 5));
        var job = await app.QueryAsync(db => db.PrintJobs.Where(j => j.Parcel!.Sscc == parcel.Sscc).Select(j => new { j.Status, j.PrinterJobId, j.Zpl }).SingleAsync());
        Assert.Equal((PrintJobStatus.Printed, (int?)printed.JobId, ""), (job.Status, job.PrinterJobId, job.Zpl));
        Assert.Empty(app.Services.GetRequiredService<DemoPrinters>()["PACK-03"].Received); // nothing went to the Zebra

        var admin = await app.SignedInPageAsync("B-9901", "demo-admin");
        await admin.GotoAsync("/admin/printers");
        await Expect(admin.Locator($"[data-printer=PACK-03] [data-document='{printed.JobId}']")).ToContainTextAsync(parcel.Sscc);
        // The station shows what the label is instead of drawing it: there is no ZPL to draw.
        await Expect(station.Locator("#pdf-label")).ToContainTextAsync(tracking);
        lock (errors) Assert.Empty(errors);
    }
}
