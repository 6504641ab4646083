using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Devices.Printers;
using Warehouse.StationAgent.Link;
using Warehouse.StationAgent.Printing;
using Warehouse.StationLink;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>
/// What the agent tells the server about a finished label: printed, failed, or not confirmed by the
/// printer's label counter — with the time its bytes went to the printer, from the job file on disk.
/// </summary>
public sealed class ServerLink_ReportsEachOutcome
{
    [Fact]
    public async Task A_label_lost_in_a_power_cycled_printer_is_reported_not_confirmed_with_when_it_was_sent()
    {
        using var folder = new TempFolder();
        await using var simulator = ZebraPrinterSimulator.Start();
        simulator.SetBusy(true);
        simulator.LabelReceived += _ => simulator.PowerCycle();
        await using var agent = new RunningQueue(folder.Path, simulator);

        var job = await agent.Queue.EnqueueOnceAsync(ServerJobIds.ToGuid(12), Labels.Zpl("JOB 12"), Deadline.In());
        var done = await agent.Queue.WaitUntilFinishedAsync(job.Id, Deadline.In(10));
        var outcome = ServerLink.Outcome(12, done).PrintOutcome;

        Assert.Equal(PrintOutcome.Types.Result.NotConfirmed, outcome.Result);
        Assert.False(outcome.Printed);
        Assert.Contains("label not confirmed", outcome.Reason);
        Assert.Equal(done.SentAt!.Value.ToUnixTimeMilliseconds(), outcome.SentAtUnixMs);
        Assert.True(done.SentAt <= simulator.Received[0].ReceivedAt);
    }

    [Fact]
    public async Task A_printed_label_is_reported_printed_and_one_never_sent_has_no_sent_time()
    {
        using var folder = new TempFolder();
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var agent = new RunningQueue(folder.Path, simulator);

        var job = await agent.Queue.EnqueueOnceAsync(ServerJobIds.ToGuid(13), Labels.Zpl("JOB 13"), Deadline.In());
        var printed = ServerLink.Outcome(13, await agent.Queue.WaitUntilFinishedAsync(job.Id, Deadline.In())).PrintOutcome;
        var neverSent = ServerLink.Outcome(14, new PrintJob(ServerJobIds.ToGuid(14), 2, Labels.Zpl("JOB 14"), PrintJobState.Failed,
            DateTimeOffset.UtcNow, FailureReason: "no printer")).PrintOutcome;

        Assert.Equal(PrintOutcome.Types.Result.Printed, printed.Result);
        Assert.True(printed.Printed);
        Assert.True(printed.SentAtUnixMs > 0);
        Assert.Equal(PrintOutcome.Types.Result.Failed, neverSent.Result);
        Assert.Equal(0, neverSent.SentAtUnixMs);
    }

    [Fact]
    public void A_pdf_label_on_its_way_is_reported_as_progress_and_a_finished_one_as_its_outcome_with_the_printers_job_id()
    {
        var sentAt = DateTimeOffset.UtcNow;
        var waiting = new DocumentJob(21, 1, "#21", DocumentJobState.Queued, sentAt, Reason: "printer unreachable, waiting: refused");
        var printing = waiting with { State = DocumentJobState.Sent, SentAt = sentAt, PrinterJobId = 104, Reason = null };
        var aborted = printing with { State = DocumentJobState.Failed, Reason = "printer aborted the job: media-jam" };
        var lost = printing with { State = DocumentJobState.NotConfirmed, PrinterJobId = null, Reason = "printer has no job '#21'" };

        var down = ServerLink.DocumentReport(waiting).PrintProgress;
        var named = ServerLink.DocumentReport(printing).PrintProgress;
        var failed = ServerLink.DocumentReport(aborted).PrintOutcome;
        var notConfirmed = ServerLink.DocumentReport(lost).PrintOutcome;
        var printed = ServerLink.DocumentReport(printing with { State = DocumentJobState.Printed }).PrintOutcome;

        Assert.Equal((21L, "printer unreachable, waiting: refused", 0), (down.JobId, down.Reason, down.PrinterJobId));
        Assert.Equal(("", 104), (named.Reason, named.PrinterJobId));
        Assert.Equal((PrintOutcome.Types.Result.Failed, "printer aborted the job: media-jam", 104), (failed.Result, failed.Reason, failed.PrinterJobId));
        Assert.Equal((PrintOutcome.Types.Result.NotConfirmed, 0), (notConfirmed.Result, notConfirmed.PrinterJobId));
        Assert.Equal((PrintOutcome.Types.Result.Printed, true, sentAt.ToUnixTimeMilliseconds()), (printed.Result, printed.Printed, printed.SentAtUnixMs));
    }
}
