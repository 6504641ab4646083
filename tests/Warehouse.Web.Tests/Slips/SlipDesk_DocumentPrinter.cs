using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Testing;
using Warehouse.Web.Printing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Slips;

/// <summary>
/// ADR 12: an order packed at a station with a document printer gets its packing slip there as a PDF over IPP,
/// from the outbox, once however often the fact is heard, and printed only when the printer says so; a station
/// without one leaves the slip to its browser (kiosk printing) and gets no job.
/// </summary>
public sealed class SlipDesk_DocumentPrinter(WebFloor floor) : IClassFixture<WebFloor>
{
    private Task PackedAsync(string station, string order) => floor.QueryAsync(async db =>
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        db.Record(new OrderPacked(DateTime.UtcNow, station, order));
        var saved = await db.SaveChangesAsync();
        await tx.CommitAsync();
        return saved;
    });

    private Task<List<PrintJob>> SlipJobsAsync(string order) =>
        floor.QueryAsync(db => db.PrintJobs.AsNoTracking().Where(j => j.SlipOf == order).ToListAsync());

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> wanted)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (wanted(value) || DateTime.UtcNow > until) return value;
            await Task.Delay(100); // the server's own loops write the rows: nothing here to await
        }
    }

    private async Task<bool> ReadPastAsync(long sequence) => await EventuallyAsync(() => floor.QueryAsync(db => db.FactCheckpoints
        .Where(c => c.Consumer == Warehouse.Web.Slips.SlipDesk.ConsumerName).Select(c => c.Sequence).SingleOrDefaultAsync()), s => s >= sequence) >= sequence;

    [Fact]
    public async Task An_order_packed_at_a_station_with_a_document_printer_gets_its_slip_printed_there_once()
    {
        await using var printer = IppPrinterSimulator.Start();
        floor.Services.GetRequiredService<StationDocumentPrinters>().Set("SLIP-01", printer.Uri);

        await PackedAsync("SLIP-01", "DEMO-1");
        var jobs = await EventuallyAsync(() => SlipJobsAsync("DEMO-1"), j => j is [{ Status: PrintJobStatus.Printed }]);

        var job = Assert.Single(jobs);
        Assert.Equal((PrintJobStatus.Printed, "SLIP-01", (int?)null), (job.Status, job.StationCode, job.ParcelId));
        var printed = Assert.Single(printer.Jobs);
        Assert.Equal(($"slip DEMO-1 #{job.Id}", IppJobState.Completed, printed.JobId), (printed.Name, printed.State, job.PrinterJobId!.Value));
        var read = await PdfReader.ReadAsync(printed.Pdf);
        Assert.Contains("DEMO-1", read.AllText);
        Assert.Contains("Zawartość przesyłki", read.AllText); // the demo order's customer reads Polish

        // Heard again (at least once from the outbox), or the order packed once more: the slip desk reads
        // past it (a job it made would be stored before its checkpoint moves) and makes no second slip.
        await PackedAsync("SLIP-01", "DEMO-1");
        var again = await floor.QueryAsync(db => db.Outbox.MaxAsync(f => f.Sequence));
        Assert.True(await ReadPastAsync(again));
        Assert.Single(await SlipJobsAsync("DEMO-1"));
        Assert.Single(printer.Jobs);
        Assert.Empty(printer.Refused);
    }

    [Fact]
    public async Task A_station_without_a_document_printer_gets_no_slip_job_its_browser_prints_the_slip()
    {
        await PackedAsync("PACK-03", "DEMO-2");

        // The slip desk has read past the fact and made nothing of it.
        Assert.True(await ReadPastAsync(await floor.QueryAsync(db => db.Outbox.MaxAsync(f => f.Sequence))));
        Assert.Empty(await SlipJobsAsync("DEMO-2"));
    }
}
