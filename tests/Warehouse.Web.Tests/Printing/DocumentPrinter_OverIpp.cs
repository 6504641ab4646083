using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Printing;
using Warehouse.Core.Stations;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Web.Printing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Printing;

/// <summary>
/// PDF-only carrier labels go to the station's document printer over IPP (ADR 11), here a simulated IPP
/// printer on a real loopback socket that checks every request's bytes. A job is printed only when the
/// printer reports it completed, fails with the printer's reason, waits visibly while the printer is down,
/// slow or talking garbage, and is never sent twice — not even across a crash between send and confirm.
/// </summary>
public sealed class DocumentPrinter_OverIpp(WebFloor floor) : IClassFixture<WebFloor>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% a Pocztex label\n%%EOF\n");

    private void Route(string station, string uri) => floor.Services.GetRequiredService<StationDocumentPrinters>().Set(station, uri);

    private Task<int> AddJobAsync(string station, PrintJobStatus status = PrintJobStatus.Queued, int? parcelId = null, int? reprintOf = null, bool withPdf = true) => floor.AddPrintJobAsync(new PrintJob
    {
        StationCode = station, Zpl = "", Pdf = withPdf ? Pdf : null, Status = status, CreatedUtc = DateTime.UtcNow, ParcelId = parcelId, ReprintOf = reprintOf,
        SentUtc = status == PrintJobStatus.Sent ? DateTime.UtcNow : null,
    });

    [Fact]
    public async Task A_pdf_label_is_printed_once_named_by_its_sscc_and_marked_printed_when_the_printer_reports_it_completed()
    {
        await using var printer = IppPrinterSimulator.Start();
        Route("DOC-01", printer.Uri);
        var parcel = await floor.QueryAsync(db => db.Parcels.OrderBy(p => p.Id).Select(p => new { p.Id, p.Sscc }).FirstAsync());

        var id = await AddJobAsync("DOC-01", parcelId: parcel.Id);

        var job = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Printed);
        Assert.Equal(PrintJobStatus.Printed, job.Status);
        var printed = Assert.Single(printer.Jobs);
        Assert.Equal($"{parcel.Sscc} #{id}", printed.Name);
        Assert.Equal(Pdf, printed.Pdf);
        Assert.Equal(IppJobState.Completed, printed.State);
        Assert.Equal(printed.JobId, job.PrinterJobId);
        Assert.Null(job.FailureReason);
        Assert.Empty(printer.Refused);
    }

    [Fact]
    public async Task A_job_the_printer_aborts_fails_with_the_printers_reason_and_its_reprint_prints_once()
    {
        await using var printer = IppPrinterSimulator.Start();
        printer.AbortNext("media-jam");
        Route("DOC-02", printer.Uri);

        var id = await AddJobAsync("DOC-02");
        var failed = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Failed);
        Assert.Equal(PrintJobStatus.Failed, failed.Status);
        Assert.Contains("aborted", failed.FailureReason);
        Assert.Contains("media-jam", failed.FailureReason);

        var reprint = await AddJobAsync("DOC-02", reprintOf: id);
        Assert.Equal(PrintJobStatus.Printed, (await floor.PrintJobEventuallyAsync(reprint, j => j.Status == PrintJobStatus.Printed)).Status);
        Assert.Equal([IppJobState.Aborted, IppJobState.Completed], printer.Jobs.Select(j => j.State));
        Assert.Equal(PrintJobStatus.Failed, (await floor.PrintJobAsync(id)).Status);
    }

    [Fact]
    public async Task A_printer_that_is_down_keeps_the_label_queued_with_a_message_and_it_prints_once_the_printer_is_back()
    {
        string nobody;
        await using (var gone = IppPrinterSimulator.Start()) nobody = gone.Uri; // a port where nothing listens now
        Route("DOC-03", nobody);

        var id = await AddJobAsync("DOC-03");
        // Each pass marks it Sent before trying the socket and puts it back: read it back in the queue.
        var waiting = await floor.PrintJobEventuallyAsync(id, j => j.FailureReason is not null && j.Status == PrintJobStatus.Queued);
        Assert.Equal(PrintJobStatus.Queued, waiting.Status);
        Assert.Contains("unreachable", waiting.FailureReason);
        Assert.Null(waiting.SentUtc);

        await using var printer = IppPrinterSimulator.Start();
        Route("DOC-03", printer.Uri);
        var printed = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Printed);
        Assert.Equal(PrintJobStatus.Printed, printed.Status);
        Assert.Null(printed.FailureReason);
        Assert.Single(printer.Jobs);
    }

    [Fact]
    public async Task A_printer_that_answers_garbage_is_not_believed_and_the_job_it_took_is_found_by_name_not_sent_again()
    {
        await using var printer = IppPrinterSimulator.Start();
        printer.AnswerGarbage = true;
        Route("DOC-04", printer.Uri);

        var id = await AddJobAsync("DOC-04");
        var waiting = await floor.PrintJobEventuallyAsync(id, j => j.FailureReason?.Contains("not IPP") == true);
        Assert.Equal(PrintJobStatus.Sent, waiting.Status);
        Assert.Contains("not IPP", waiting.FailureReason);
        Assert.Null(waiting.PrinterJobId);

        printer.AnswerGarbage = false;
        var printed = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Printed);
        Assert.Equal(PrintJobStatus.Printed, printed.Status);
        Assert.Equal(Assert.Single(printer.Jobs).JobId, printed.PrinterJobId);
    }

    [Fact]
    public async Task A_printer_slower_than_the_timeout_leaves_the_job_waiting_and_it_is_confirmed_without_a_second_copy()
    {
        await using var printer = IppPrinterSimulator.Start();
        printer.AnswerDelay = TimeSpan.FromSeconds(3); // the floor's CallTimeout is one second
        Route("DOC-05", printer.Uri);

        var id = await AddJobAsync("DOC-05");
        var waiting = await floor.PrintJobEventuallyAsync(id, j => j.FailureReason?.Contains("in time") == true);
        Assert.NotEqual(PrintJobStatus.Printed, waiting.Status);
        Assert.Contains("in time", waiting.FailureReason);

        printer.AnswerDelay = TimeSpan.Zero;
        Assert.Equal(PrintJobStatus.Printed, (await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Printed)).Status);
        Assert.Single(printer.Jobs);
    }

    [Fact]
    public async Task A_job_sent_just_before_a_crash_is_looked_up_by_its_name_and_confirmed_not_sent_again()
    {
        await using var printer = IppPrinterSimulator.Start();
        Route("DOC-06", printer.Uri);
        // The row exists without its PDF until the printer holds the job: as if the server died after sending, before the answer was stored.
        var id = await AddJobAsync("DOC-06", PrintJobStatus.Sent, withPdf: false);
        using (var connections = new IppConnections(TimeSpan.FromSeconds(5)))
        {
            DocumentPrinterUris.TryParse(printer.Uri, out var uri);
            var ipp = new IppClient(connections);
            await ipp.SendAsync(uri!, IppRequests.PrintJob(ipp.NextRequestId(), uri!.PrinterUri, $"#{id}", "warehouse"), Pdf, CancellationToken.None);
        }
        await floor.QueryAsync(db => db.PrintJobs.Where(j => j.Id == id).ExecuteUpdateAsync(u => u.SetProperty(j => j.Pdf, Pdf)));

        var job = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Printed);
        Assert.Equal(PrintJobStatus.Printed, job.Status);
        Assert.Equal(Assert.Single(printer.Jobs).JobId, job.PrinterJobId);
    }

    [Fact]
    public async Task A_job_marked_sent_that_the_printer_never_got_is_not_confirmed_and_not_sent()
    {
        await using var printer = IppPrinterSimulator.Start();
        Route("DOC-07", printer.Uri);

        var id = await AddJobAsync("DOC-07", PrintJobStatus.Sent);

        var job = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.NotConfirmed);
        Assert.Equal(PrintJobStatus.NotConfirmed, job.Status);
        Assert.Contains("never have arrived", job.FailureReason);
        Assert.Empty(printer.Jobs);
    }

    [Fact]
    public async Task A_station_without_a_document_printer_fails_its_pdf_label_with_that_reason()
    {
        var id = await AddJobAsync("DOC-08");

        var job = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Failed);
        Assert.Equal(PrintJobStatus.Failed, job.Status);
        Assert.Contains("no document printer", job.FailureReason);
    }

    [Fact]
    public async Task An_agent_stations_pdf_label_is_left_to_its_agent_while_the_servers_own_stations_print()
    {
        await using var printer = IppPrinterSimulator.Start();
        await floor.QueryAsync(async db =>
        {
            var station = await db.Stations.SingleAsync(s => s.Code == "PACK-03");
            station.Devices.Connection = DeviceConnection.Agent;
            station.Devices.DocumentPrinterUri = printer.Uri;
            return await db.SaveChangesAsync();
        });
        Route("DOC-09", printer.Uri);

        var agents = await AddJobAsync("PACK-03");
        var servers = await AddJobAsync("DOC-09");

        // Jobs are taken oldest first: once the later one has printed, the pass has passed the agent's by.
        Assert.Equal(PrintJobStatus.Printed, (await floor.PrintJobEventuallyAsync(servers, j => j.Status == PrintJobStatus.Printed)).Status);
        var left = await floor.PrintJobAsync(agents);
        Assert.Equal(PrintJobStatus.Queued, left.Status);
        Assert.Null(left.FailureReason); // its agent (none connected here) says why it waits, once it does
        Assert.Equal([$"#{servers}"], printer.Jobs.Select(j => j.Name));
    }

    [Fact]
    public async Task An_ipps_printer_with_its_own_certificate_is_not_trusted_until_its_fingerprint_is_pinned_and_then_prints_once()
    {
        await using var printer = IppPrinterSimulator.StartSecure();
        Route("DOC-10", printer.Uri);

        var id = await AddJobAsync("DOC-10");
        // Nothing left for the printer: the handshake failed before the request, so the job is still only queued.
        var untrusted = await floor.PrintJobEventuallyAsync(id, j => j.FailureReason is not null && j.Status == PrintJobStatus.Queued);
        Assert.Contains($"#sha256={printer.CertificateSha256}", untrusted.FailureReason);
        Assert.Empty(printer.Jobs);

        // The admin compares the fingerprint with the printer's own page and pins it, colons and all, as printers show it.
        var shown = string.Join(':', printer.CertificateSha256!.Chunk(2).Select(c => new string(c)).ToArray()).ToLowerInvariant();
        Route("DOC-10", $"{printer.Uri}#sha256={shown}");
        var printed = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Printed);

        Assert.Equal(PrintJobStatus.Printed, printed.Status);
        Assert.Single(printer.Jobs);
    }

    [Fact]
    public async Task A_pin_that_is_not_the_printers_certificate_is_refused_with_the_printers_fingerprint_and_nothing_is_sent()
    {
        await using var printer = IppPrinterSimulator.StartSecure();
        var other = new string('A', 64);
        Route("DOC-11", $"{printer.Uri}#sha256={other}");

        var id = await AddJobAsync("DOC-11");
        var refused = await floor.PrintJobEventuallyAsync(id, j => j.FailureReason is not null && j.Status == PrintJobStatus.Queued);

        Assert.Contains($"not the pinned certificate; the printer's is {printer.CertificateSha256}", refused.FailureReason);
        Assert.Empty(printer.Jobs);
    }
}
