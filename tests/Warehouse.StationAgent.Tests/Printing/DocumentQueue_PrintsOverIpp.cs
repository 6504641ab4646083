using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>
/// The agent prints the PDF labels the server hands it on the station's document printer over IPP (ADR 11),
/// here a simulated IPP printer on a real loopback socket that checks every request's bytes: printed once
/// and only when the printer reports it completed, failed with the printer's reason, waiting with a reason
/// while the printer is down or talks garbage.
/// </summary>
public sealed class DocumentQueue_PrintsOverIpp
{
    [Fact]
    public async Task A_pdf_label_is_sent_once_under_the_servers_name_and_printed_when_the_printer_reports_it_completed()
    {
        using var folder = new TempFolder();
        await using var printer = IppPrinterSimulator.Start();
        await using var agent = new RunningDocuments(folder.Path, () => printer.Uri);

        await agent.HandOverAsync(41, "00359012345000000013 #41");
        var again = await agent.HandOverAsync(41, "00359012345000000013 #41");
        var done = await agent.Queue.WaitUntilFinishedAsync(41, Deadline.In());

        Assert.Equal(DocumentJobState.Printed, done.State);
        Assert.Null(done.Reason);
        var printed = Assert.Single(printer.Jobs);
        Assert.Equal("00359012345000000013 #41", printed.Name);
        Assert.Equal(Documents.Pdf, printed.Pdf);
        Assert.Equal(IppJobState.Completed, printed.State);
        Assert.Equal(printed.JobId, done.PrinterJobId);
        Assert.NotNull(done.SentAt);
        Assert.Empty(printer.Refused);
        Assert.Equal(1, again.Sequence);
    }

    [Fact]
    public async Task A_job_the_printer_aborts_fails_with_the_printers_reason()
    {
        using var folder = new TempFolder();
        await using var printer = IppPrinterSimulator.Start();
        printer.AbortNext("media-jam");
        await using var agent = new RunningDocuments(folder.Path, () => printer.Uri);

        await agent.HandOverAsync(42, "#42");
        var done = await agent.Queue.WaitUntilFinishedAsync(42, Deadline.In());

        Assert.Equal(DocumentJobState.Failed, done.State);
        Assert.Contains("aborted", done.Reason);
        Assert.Contains("media-jam", done.Reason);
        Assert.Equal(IppJobState.Aborted, Assert.Single(printer.Jobs).State);
    }

    [Fact]
    public async Task A_printer_that_is_down_keeps_the_label_queued_with_a_reason_and_it_prints_once_the_printer_is_back()
    {
        using var folder = new TempFolder();
        string nobody;
        await using (var gone = IppPrinterSimulator.Start()) nobody = gone.Uri; // a port where nothing listens now
        var uri = nobody;
        await using var agent = new RunningDocuments(folder.Path, () => uri);
        var waiting = new TaskCompletionSource<DocumentJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        agent.Queue.JobChanged += j =>
        {
            if (j.Reason is not null) waiting.TrySetResult(j);
        };

        await agent.HandOverAsync(43, "#43");
        var down = await waiting.Task.WaitAsync(Deadline.In());
        Assert.Equal(DocumentJobState.Queued, down.State);
        Assert.Contains("unreachable", down.Reason);
        Assert.Null(down.SentAt);

        await using var printer = IppPrinterSimulator.Start();
        uri = printer.Uri; // the admin saved the printer that answers: the next pass takes it
        var done = await agent.Queue.WaitUntilFinishedAsync(43, Deadline.In());
        Assert.Equal(DocumentJobState.Printed, done.State);
        Assert.Null(done.Reason);
        Assert.Single(printer.Jobs);
    }

    [Fact]
    public async Task An_ipps_printer_with_its_own_certificate_waits_with_its_fingerprint_and_prints_once_the_admin_pins_it()
    {
        using var folder = new TempFolder();
        await using var printer = IppPrinterSimulator.StartSecure();
        var uri = printer.Uri;
        await using var agent = new RunningDocuments(folder.Path, () => uri);
        var waiting = new TaskCompletionSource<DocumentJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        agent.Queue.JobChanged += j =>
        {
            if (j.Reason is not null) waiting.TrySetResult(j);
        };

        await agent.HandOverAsync(45, "#45");
        var untrusted = await waiting.Task.WaitAsync(Deadline.In());
        Assert.Equal(DocumentJobState.Queued, untrusted.State);
        Assert.Contains($"#sha256={printer.CertificateSha256}", untrusted.Reason);
        Assert.Empty(printer.Jobs);

        uri = $"{printer.Uri}#sha256={printer.CertificateSha256}"; // the device set the admin saved: the next pass takes it
        var done = await agent.Queue.WaitUntilFinishedAsync(45, Deadline.In());
        Assert.Equal(DocumentJobState.Printed, done.State);
        Assert.Single(printer.Jobs);
    }

    [Fact]
    public async Task A_printer_that_answers_garbage_is_not_believed_and_the_job_it_took_is_found_by_name_not_sent_again()
    {
        using var folder = new TempFolder();
        await using var printer = IppPrinterSimulator.Start();
        printer.AnswerGarbage = true;
        await using var agent = new RunningDocuments(folder.Path, () => printer.Uri);
        var garbage = new TaskCompletionSource<DocumentJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        agent.Queue.JobChanged += j =>
        {
            if (j.Reason?.Contains("not IPP") == true) garbage.TrySetResult(j);
        };

        await agent.HandOverAsync(44, "#44");
        var waiting = await garbage.Task.WaitAsync(Deadline.In());
        Assert.Equal(DocumentJobState.Sent, waiting.State);
        Assert.Null(waiting.PrinterJobId);

        printer.AnswerGarbage = false;
        var done = await agent.Queue.WaitUntilFinishedAsync(44, Deadline.In());
        Assert.Equal(DocumentJobState.Printed, done.State);
        Assert.Equal(Assert.Single(printer.Jobs).JobId, done.PrinterJobId);
    }

    [Theory]
    [InlineData(null, "no document printer")]
    [InlineData("http://10.0.0.5/ipp/print", "not ipp://")]
    [InlineData("ipp://admin:secret@10.0.0.5/ipp/print", "not ipp://")]
    public async Task A_station_without_a_usable_document_printer_fails_the_label_with_that_reason(string? uri, string reason)
    {
        using var folder = new TempFolder();
        await using var agent = new RunningDocuments(folder.Path, () => uri);

        await agent.HandOverAsync(45, "#45");
        var done = await agent.Queue.WaitUntilFinishedAsync(45, Deadline.In());

        Assert.Equal(DocumentJobState.Failed, done.State);
        Assert.Contains(reason, done.Reason);
    }
}
