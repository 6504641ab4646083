using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>A change cut short by a power cut is the change that never happened; the file stays usable after it.</summary>
public sealed class PrintJobFile_SurvivesATornLine
{
    [Fact]
    public async Task A_torn_last_line_is_ignored_and_the_jobs_before_it_are_carried_on()
    {
        using var folder = new TempFolder();
        var kept = new PrintJob(ServerJobIds.ToGuid(1), 1, Labels.Zpl("KEPT"), PrintJobState.Queued, DateTimeOffset.UtcNow);
        var torn = Labels.Line(new PrintJob(ServerJobIds.ToGuid(2), 2, Labels.Zpl("TORN"), PrintJobState.Queued, DateTimeOffset.UtcNow));
        File.WriteAllText(folder.File("print-jobs.jsonl"), Labels.Line(kept) + "\n" + torn[..(torn.Length / 2)]);

        await using var simulator = ZebraPrinterSimulator.Start();
        await using (var agent = new RunningQueue(folder.Path, simulator))
        {
            Assert.Equal([kept.Id], (await agent.File.LoadAsync(Deadline.In())).Select(j => j.Id));
            await agent.Queue.WaitUntilFinishedAsync(kept.Id, Deadline.In());
        }

        // What was written after the torn line reads back: the job is printed, and nothing else is there.
        using var reopened = new PrintJobFile(folder.Path);
        var jobs = await reopened.LoadAsync(Deadline.In());
        Assert.Equal([(kept.Id, PrintJobState.Printed)], jobs.Select(j => (j.Id, j.State)));
        Assert.Equal([Labels.Zpl("KEPT")], simulator.Received.Select(l => l.Zpl));
    }

    [Fact]
    public async Task A_torn_state_change_leaves_the_job_in_its_state_before()
    {
        using var folder = new TempFolder();
        var queued = new PrintJob(ServerJobIds.ToGuid(3), 1, Labels.Zpl("JOB 3"), PrintJobState.Queued, DateTimeOffset.UtcNow);
        var printed = Labels.Line(queued with { State = PrintJobState.Printed, FinishedAt = DateTimeOffset.UtcNow });
        File.WriteAllText(folder.File("print-jobs.jsonl"), Labels.Line(queued) + "\n" + printed[..^1]);

        using var file = new PrintJobFile(folder.Path);

        Assert.Equal([(queued.Id, PrintJobState.Queued)], (await file.LoadAsync(Deadline.In())).Select(j => (j.Id, j.State)));
    }
}
