using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Printing;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Web.Printing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Printing;

/// <summary>
/// The server's own print queue (a simulated Zebra on a real TCP port) keeps the printer's label
/// counter with the job row: a label lost in a power-cycled printer is NotConfirmed in the database,
/// never Printed, and a label sent before a restart is judged by the counter recorded before it went.
/// </summary>
public sealed class ServerPrintQueue_ConfirmsByTheLabelCounter(WebFloor floor) : IClassFixture<WebFloor>
{
    private Task<int> AddJobAsync(string station, string zpl, PrintJobStatus status, long? labelCountBefore = null) => floor.QueryAsync(async db =>
    {
        var job = new PrintJob
        {
            StationCode = station, Zpl = zpl, Status = status, CreatedUtc = DateTime.UtcNow,
            SentUtc = status == PrintJobStatus.Sent ? DateTime.UtcNow : null, LabelCountBefore = labelCountBefore,
        };
        db.PrintJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    });

    private Task<PrintJob> RowAsync(int jobId) => floor.QueryAsync(db => db.PrintJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));

    private async Task<PrintJob> EventuallyFinishedAsync(int jobId)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var row = await RowAsync(jobId);
            if (row.Status is PrintJobStatus.Printed or PrintJobStatus.Failed or PrintJobStatus.NotConfirmed || DateTime.UtcNow > until) return row;
            await Task.Delay(100); // another loop writes the row: nothing here to await
        }
    }

    [Fact]
    public async Task A_label_lost_in_a_power_cycled_printer_is_not_confirmed_with_when_it_went_and_the_count_before()
    {
        await using var printer = ZebraPrinterSimulator.Start();
        printer.SetBusy(true); // the label sits in the printer's buffer
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        printer.LabelReceived += _ => received.TrySetResult();
        floor.Services.GetRequiredService<StationPrinters>().Set("PACK-01", $"127.0.0.1:{printer.Port}");

        var id = await AddJobAsync("PACK-01", "^XA^FDlost in the printer^FS^XZ", PrintJobStatus.Queued);
        await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
        printer.PowerCycle();
        var row = await EventuallyFinishedAsync(id);

        Assert.Equal(PrintJobStatus.NotConfirmed, row.Status);
        Assert.Contains("label not confirmed", row.FailureReason);
        Assert.Equal(0, row.LabelCountBefore);
        Assert.NotNull(row.SentUtc);
        Assert.True(row.SentUtc <= printer.Received[0].ReceivedAt.UtcDateTime, "sent is when the bytes went to the printer");
        Assert.Single(printer.Received);
    }

    [Fact]
    public async Task A_label_sent_before_a_restart_is_judged_by_the_counter_recorded_before_it_went()
    {
        await using var printer = ZebraPrinterSimulator.Start();
        // The printer has printed one label in its life; the row says the counter was 1 when this label went.
        await using (var zebra = new Warehouse.Devices.Printers.ZebraPrinter(new Warehouse.Devices.Printers.TcpPrinterLink(printer.Host, printer.Port)))
            await zebra.SendZplAsync("^XA^FDan earlier label^FS^XZ");
        await printer.WaitForPrintedAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        var id = await AddJobAsync("PACK-02", "^XA^FDsent, then the server stopped^FS^XZ", PrintJobStatus.Sent, labelCountBefore: 1);

        floor.Services.GetRequiredService<StationPrinters>().Set("PACK-02", $"127.0.0.1:{printer.Port}");
        var row = await EventuallyFinishedAsync(id);

        Assert.Equal(PrintJobStatus.NotConfirmed, row.Status);
        Assert.Contains("moved 0 of 1", row.FailureReason);
        Assert.Single(printer.Received);
    }
}
