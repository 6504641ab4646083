using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Printing;

namespace Warehouse.E2E.Agents;

/// <summary>Acceptance: a label queued while the station's agent was away comes out of the station's printer once the agent is back.</summary>
public sealed class StationAgent_PrintsAfterReconnect
{
    [Fact]
    public async Task A_label_queued_while_the_agent_was_stopped_is_printed_once_after_it_reconnects()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        var state = Path.Combine(floor.Folder, "agent");
        await using var server = await AppProcess.StartAsync(floor.ServerSettings);
        var first = AgentProcess.Start(floor, state);
        await first.DevicesOpenAsync();
        await Eventually.HoldsAsync(() => Task.FromResult(first.Output.Contains("Connected to")), TimeSpan.FromSeconds(30), () => first.Output);
        await first.DisposeAsync(); // stopped: nobody holds the station's printer line now

        const string zpl = "^XA^CI28^FO50,50^A0N,40,40^FDQUEUED WHILE AWAY^FS^XZ";
        var jobId = await floor.QueryAsync(async db =>
        {
            var job = new PrintJob { StationCode = AgentFloor.Station, Zpl = zpl, Status = PrintJobStatus.Queued, CreatedUtc = DateTime.UtcNow };
            db.PrintJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        Task<PrintJobStatus> StatusAsync() => floor.QueryAsync(db => db.PrintJobs.Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync());
        Assert.Equal(PrintJobStatus.Queued, await StatusAsync());
        Assert.Empty(floor.Printer.Received);

        await using var second = AgentProcess.Start(floor, state);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            var label = await floor.Printer.WaitForLabelAsync(1, timeout.Token);
            Assert.Equal(zpl, label.Zpl);
        }

        await Eventually.HoldsAsync(async () => await StatusAsync() == PrintJobStatus.Printed, TimeSpan.FromSeconds(20),
            () => $"job {jobId} is {StatusAsync().Result}\n--- agent ---\n{second.Output}\n--- server ---\n{server.Output}");
        Assert.Single(floor.Printer.Received);
    }
}
