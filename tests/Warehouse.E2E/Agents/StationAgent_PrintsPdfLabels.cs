using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Printing;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.E2E.Agents;

/// <summary>
/// Acceptance (ADR 11): an agent station's PDF-only carrier label goes from the server through the real
/// agent process to the station's document printer over IPP — here a simulated IPP printer on a loopback
/// socket that checks every request's bytes — and is Printed only once the printer reports it completed.
/// </summary>
public sealed class StationAgent_PrintsPdfLabels
{
    private static readonly byte[] Pdf = "%PDF-1.4\n% a Pocztex label\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_pdf_label_of_an_agent_station_is_printed_once_by_its_agent_on_the_document_printer()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        await using var laser = IppPrinterSimulator.Start();
        await floor.QueryAsync(async db =>
        {
            var station = await db.Stations.SingleAsync(s => s.Code == AgentFloor.Station);
            station.Devices.DocumentPrinterUri = laser.Uri;
            return await db.SaveChangesAsync();
        });
        await using var server = await AppProcess.StartAsync(floor.ServerSettings);
        await using var agent = AgentProcess.Start(floor, Path.Combine(floor.Folder, "agent"));
        await agent.DevicesOpenAsync();

        var jobId = await floor.QueryAsync(async db =>
        {
            var job = new PrintJob { StationCode = AgentFloor.Station, Zpl = "", Pdf = Pdf, Status = PrintJobStatus.Queued, CreatedUtc = DateTime.UtcNow };
            db.PrintJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        Task<PrintJob> JobAsync() => floor.QueryAsync(db => db.PrintJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));

        await Eventually.HoldsAsync(async () => (await JobAsync()).Status == PrintJobStatus.Printed, TimeSpan.FromSeconds(30),
            () => $"job {jobId} is {JobAsync().Result.Status} ({JobAsync().Result.FailureReason})\n--- agent ---\n{agent.Output}\n--- server ---\n{server.Output}");
        var printed = Assert.Single(laser.Jobs);
        var job = await JobAsync();
        Assert.Equal($"#{jobId}", printed.Name);
        Assert.Equal(Pdf, printed.Pdf);
        Assert.Equal(IppJobState.Completed, printed.State);
        Assert.Equal(printed.JobId, job.PrinterJobId);
        Assert.NotNull(job.SentUtc);
        Assert.Null(job.FailureReason);
        Assert.Empty(laser.Refused);
    }
}
