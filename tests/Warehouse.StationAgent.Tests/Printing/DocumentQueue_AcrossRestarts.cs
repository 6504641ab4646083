using System.Text.Json;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>
/// A PDF label is never sent twice, whenever the agent stops: one stopped between sending it and the
/// printer's answer finds it at the printer by its name; one stopped while the printer still prints it
/// asks after it by the printer's job id; a job the server hands over again after a restart is the same job.
/// </summary>
public sealed class DocumentQueue_AcrossRestarts
{
    [Fact]
    public async Task A_job_sent_just_before_the_agent_stopped_is_found_at_the_printer_by_its_name_not_sent_again()
    {
        using var folder = new TempFolder();
        await using var printer = IppPrinterSimulator.Start();
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        printer.DocumentReceived += _ => received.TrySetResult();
        printer.AnswerDelay = TimeSpan.FromMinutes(5); // the printer takes the job; its answer never arrives before the stop
        await using (var before = new RunningDocuments(folder.Path, () => printer.Uri))
        {
            await before.HandOverAsync(51, "00359012345000000051 #51");
            await received.Task.WaitAsync(Deadline.In());
        }

        DocumentJob stopped;
        using (var file = new DocumentJobFile(folder.Path)) stopped = Assert.Single(file.Loaded, j => j.JobId == 51);
        Assert.Equal(DocumentJobState.Sent, stopped.State);
        Assert.Null(stopped.PrinterJobId);

        printer.AnswerDelay = TimeSpan.Zero;
        await using var after = new RunningDocuments(folder.Path, () => printer.Uri);
        var handedAgain = await after.HandOverAsync(51, "00359012345000000051 #51");
        var done = await after.Queue.WaitUntilFinishedAsync(51, Deadline.In());

        Assert.Equal(DocumentJobState.Sent, handedAgain.State);
        Assert.Equal(DocumentJobState.Printed, done.State);
        var printed = Assert.Single(printer.Jobs);
        Assert.Equal(printed.JobId, done.PrinterJobId);
    }

    [Fact]
    public async Task A_job_still_printing_when_the_agent_stopped_is_asked_after_by_its_printer_job_id_and_printed_once()
    {
        using var folder = new TempFolder();
        await using var printer = IppPrinterSimulator.Start();
        printer.HoldJobs = true;
        await using (var before = new RunningDocuments(folder.Path, () => printer.Uri))
        {
            var named = new TaskCompletionSource<DocumentJob>(TaskCreationOptions.RunContinuationsAsynchronously);
            before.Queue.JobChanged += j =>
            {
                if (j.PrinterJobId is not null) named.TrySetResult(j);
            };
            await before.HandOverAsync(52, "#52");
            Assert.Equal(DocumentJobState.Sent, (await named.Task.WaitAsync(Deadline.In())).State);
        }

        printer.HoldJobs = false;
        await using var after = new RunningDocuments(folder.Path, () => printer.Uri);
        var done = await after.Queue.WaitUntilFinishedAsync(52, Deadline.In());

        Assert.Equal(DocumentJobState.Printed, done.State);
        Assert.Equal(Assert.Single(printer.Jobs).JobId, done.PrinterJobId);
    }

    [Fact]
    public async Task A_job_printed_before_a_restart_is_not_printed_again_when_handed_over_again_and_its_pdf_is_gone_from_the_disk()
    {
        using var folder = new TempFolder();
        await using var printer = IppPrinterSimulator.Start();
        await using (var before = new RunningDocuments(folder.Path, () => printer.Uri))
        {
            await before.HandOverAsync(53, "#53");
            await before.Queue.WaitUntilFinishedAsync(53, Deadline.In());
        }

        await using var after = new RunningDocuments(folder.Path, () => printer.Uri);
        var handedAgain = await after.HandOverAsync(53, "#53");
        await after.HandOverAsync(54, "#54");
        await after.Queue.WaitUntilFinishedAsync(54, Deadline.In());

        Assert.Equal(DocumentJobState.Printed, handedAgain.State);
        Assert.Equal(["#53", "#54"], printer.Jobs.Select(j => j.Name));
        Assert.Null(after.File.Pdf(53));
    }

    [Fact]
    public async Task A_line_torn_by_a_crash_and_lines_that_are_not_jobs_are_skipped_and_the_last_whole_line_counts()
    {
        using var folder = new TempFolder();
        await using var printer = IppPrinterSimulator.Start();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var queued = new DocumentJob(55, 1, "#55", DocumentJobState.Queued, DateTimeOffset.UtcNow);
        await File.WriteAllBytesAsync(folder.File("55.pdf"), Documents.Pdf);
        await File.WriteAllTextAsync(folder.File("document-jobs.jsonl"),
            JsonSerializer.Serialize(queued, json) + "\n"
            + "{\"jobId\":0,\"name\":\"#0\"}\n"
            + "not json at all\n"
            + JsonSerializer.Serialize(queued with { State = DocumentJobState.Sent }, json)[..20]);

        await using var agent = new RunningDocuments(folder.Path, () => printer.Uri);
        var done = await agent.Queue.WaitUntilFinishedAsync(55, Deadline.In());

        Assert.Equal(DocumentJobState.Printed, done.State);
        Assert.Equal(55, Assert.Single(agent.Queue.Jobs).JobId);
        Assert.Equal(["#55"], printer.Jobs.Select(j => j.Name));
    }
}
