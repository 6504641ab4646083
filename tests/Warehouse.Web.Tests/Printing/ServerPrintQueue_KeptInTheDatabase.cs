using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Printing;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Web.Printing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Printing;

/// <summary>
/// A printer the server drives itself (a simulated Zebra on a real TCP port) prints from a queue
/// kept in the database: a queued label is sent once and marked printed on ~HS; a label that was
/// already sent when the queue (re)started is confirmed, never sent again.
/// </summary>
public sealed class ServerPrintQueue_KeptInTheDatabase(WebFloor floor) : IClassFixture<WebFloor>
{
    private Task<int> AddJobAsync(string station, string zpl, PrintJobStatus status) => floor.QueryAsync(async db =>
    {
        var job = new PrintJob { StationCode = station, Zpl = zpl, Status = status, CreatedUtc = DateTime.UtcNow, SentUtc = status == PrintJobStatus.Sent ? DateTime.UtcNow : null };
        db.PrintJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    });

    private async Task<PrintJobStatus> EventuallyAsync(int jobId, PrintJobStatus wanted)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var status = await floor.QueryAsync(db => db.PrintJobs.Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync());
            if (status == wanted || DateTime.UtcNow > until) return status;
            await Task.Delay(100); // another process's loop writes the row: nothing here to await
        }
    }

    [Fact]
    public async Task A_queued_label_is_sent_once_and_marked_printed_when_the_printer_says_so()
    {
        await using var printer = ZebraPrinterSimulator.Start();
        floor.Services.GetRequiredService<StationPrinters>().Set("PACK-01", $"127.0.0.1:{printer.Port}");
        var zpl = "^XA^FO40,40^A0N,30,30^FDonce^FS^XZ";

        var id = await AddJobAsync("PACK-01", zpl, PrintJobStatus.Queued);

        Assert.Equal(PrintJobStatus.Printed, await EventuallyAsync(id, PrintJobStatus.Printed));
        Assert.Equal(zpl, Assert.Single(printer.Received).Zpl.Trim());
    }

    [Fact]
    public async Task A_label_already_sent_when_the_queue_starts_is_confirmed_not_sent_again()
    {
        await using var printer = ZebraPrinterSimulator.Start();
        var id = await AddJobAsync("PACK-02", "^XA^FDsent before the restart^FS^XZ", PrintJobStatus.Sent);

        floor.Services.GetRequiredService<StationPrinters>().Set("PACK-02", $"127.0.0.1:{printer.Port}");

        Assert.Equal(PrintJobStatus.Printed, await EventuallyAsync(id, PrintJobStatus.Printed));
        Assert.Empty(printer.Received);
    }

    [Fact]
    public async Task A_label_for_a_printer_that_is_out_of_paper_waits_unsent_and_prints_once_it_is_refilled()
    {
        await using var printer = ZebraPrinterSimulator.Start();
        printer.SetPaperOut(true);
        floor.Services.GetRequiredService<StationPrinters>().Set("PACK-03", $"127.0.0.1:{printer.Port}");
        var id = await AddJobAsync("PACK-03", "^XA^FDwaits^FS^XZ", PrintJobStatus.Queued);

        await Task.Delay(TimeSpan.FromSeconds(3)); // the queue asks the printer every half second
        Assert.Equal(PrintJobStatus.Queued, await floor.QueryAsync(db => db.PrintJobs.Where(j => j.Id == id).Select(j => j.Status).SingleAsync()));
        Assert.Empty(printer.Received);

        printer.SetPaperOut(false);
        Assert.Equal(PrintJobStatus.Printed, await EventuallyAsync(id, PrintJobStatus.Printed));
        Assert.Single(printer.Received);
    }
}
