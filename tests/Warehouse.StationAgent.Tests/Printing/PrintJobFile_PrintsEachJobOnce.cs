using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>
/// A job the server handed over prints once, however often it is handed over and however often the
/// agent restarts; a job not yet printed when the agent stopped is printed by the next one.
/// </summary>
public sealed class PrintJobFile_PrintsEachJobOnce
{
    [Fact]
    public async Task A_job_handed_over_twice_under_the_same_id_prints_once()
    {
        using var folder = new TempFolder();
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var agent = new RunningQueue(folder.Path, simulator);
        var id = ServerJobIds.ToGuid(41);

        var first = await agent.Queue.EnqueueOnceAsync(id, Labels.Zpl("JOB 41"), Deadline.In());
        var again = await agent.Queue.EnqueueOnceAsync(id, Labels.Zpl("JOB 41"), Deadline.In());
        Assert.Equal(first.Sequence, again.Sequence);
        await agent.Queue.WaitUntilFinishedAsync(id, Deadline.In());
        var afterPrinting = await agent.Queue.EnqueueOnceAsync(id, Labels.Zpl("JOB 41"), Deadline.In());
        // A later job prints after anything still due before it: once it is out, a duplicate would have been too.
        var witness = await agent.Queue.EnqueueOnceAsync(ServerJobIds.ToGuid(42), Labels.Zpl("JOB 42"), Deadline.In());
        await agent.Queue.WaitUntilFinishedAsync(witness.Id, Deadline.In());

        Assert.Equal(PrintJobState.Printed, afterPrinting.State);
        Assert.Equal([Labels.Zpl("JOB 41"), Labels.Zpl("JOB 42")], simulator.Received.Select(l => l.Zpl));
    }

    [Fact]
    public async Task A_job_printed_before_a_restart_is_not_printed_again_when_handed_over_again()
    {
        using var folder = new TempFolder();
        await using var simulator = ZebraPrinterSimulator.Start();
        var id = ServerJobIds.ToGuid(7);
        await using (var before = new RunningQueue(folder.Path, simulator))
        {
            await before.Queue.EnqueueOnceAsync(id, Labels.Zpl("JOB 7"), Deadline.In());
            await before.Queue.WaitUntilFinishedAsync(id, Deadline.In());
        }

        await using var after = new RunningQueue(folder.Path, simulator);
        var handedAgain = await after.Queue.EnqueueOnceAsync(id, Labels.Zpl("JOB 7"), Deadline.In());
        var witness = await after.Queue.EnqueueOnceAsync(ServerJobIds.ToGuid(8), Labels.Zpl("JOB 8"), Deadline.In());
        await after.Queue.WaitUntilFinishedAsync(witness.Id, Deadline.In());

        Assert.Equal(PrintJobState.Printed, handedAgain.State);
        Assert.Equal([Labels.Zpl("JOB 7"), Labels.Zpl("JOB 8")], simulator.Received.Select(l => l.Zpl));
    }

    [Fact]
    public async Task A_job_still_queued_when_the_agent_stopped_is_printed_once_by_the_next_agent()
    {
        using var folder = new TempFolder();
        await using var simulator = ZebraPrinterSimulator.Start();
        simulator.SetPaperOut(true);
        var id = ServerJobIds.ToGuid(9);
        await using (var before = new RunningQueue(folder.Path, simulator))
        {
            var paperOutSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            before.Queue.StatusChanged += s =>
            {
                if (s is PrinterStatusReport.Answered { Status.PaperOut: true }) paperOutSeen.TrySetResult();
            };
            await before.Queue.EnqueueOnceAsync(id, Labels.Zpl("JOB 9"), Deadline.In());
            await paperOutSeen.Task.WaitAsync(Deadline.In());
            Assert.Equal(PrintJobState.Queued, Assert.Single(before.Queue.Jobs).State);
        }

        simulator.SetPaperOut(false);
        await using var after = new RunningQueue(folder.Path, simulator);
        var done = await after.Queue.WaitUntilFinishedAsync(id, Deadline.In());

        Assert.Equal(PrintJobState.Printed, done.State);
        Assert.Equal([Labels.Zpl("JOB 9")], simulator.Received.Select(l => l.Zpl));
    }

    [Fact]
    public async Task A_job_marked_sent_when_the_agent_stopped_is_confirmed_not_sent_again()
    {
        using var folder = new TempFolder();
        await using var simulator = ZebraPrinterSimulator.Start();
        var id = ServerJobIds.ToGuid(10);
        var queued = new PrintJob(id, 1, Labels.Zpl("JOB 10"), PrintJobState.Queued, DateTimeOffset.UtcNow);
        var sent = queued with { State = PrintJobState.Sent, SentAt = DateTimeOffset.UtcNow };
        File.WriteAllText(folder.File("print-jobs.jsonl"), Labels.Line(queued) + "\n" + Labels.Line(sent) + "\n");

        await using var agent = new RunningQueue(folder.Path, simulator);
        var done = await agent.Queue.WaitUntilFinishedAsync(id, Deadline.In());

        Assert.Equal(PrintJobState.Printed, done.State);
        Assert.Empty(simulator.Received);
    }
}
