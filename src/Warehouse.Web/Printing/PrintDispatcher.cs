using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Printing;
using Warehouse.Core.Staff;
using Warehouse.Devices.Printers;
using Warehouse.Core.Stations;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Web.Printing;

/// <summary>
/// Hands queued labels of stations without an agent to their printer's queue (<see cref="ServerPrinters"/>),
/// oldest first. The queue sends a label only to a printer that says it is ready, marks it sent
/// before its bytes go out (a crash can never print it twice; a person reprints if it never came)
/// and printed when <c>~HS</c> shows it done. An agent station's labels go down its agent's stream.
/// </summary>
internal sealed class PrintDispatcher(
    IDbContextFactory<WarehouseDb> dbs, FloorEvents events, StationPrinters routes, ServerPrinters printers, FloorClock clock, ILogger<PrintDispatcher> log)
    : PrintJobLoop(events, log)
{
    protected override TimeSpan Poll { get; } = TimeSpan.FromSeconds(2);

    protected override Task PassAsync(CancellationToken ct) => HandOverAsync(ct);

    private async Task HandOverAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var waiting = await db.PrintJobs
            .Where(j => j.Status == PrintJobStatus.Queued && j.Pdf == null && !db.Stations.Any(s => s.Code == j.StationCode && s.Devices.Connection == DeviceConnection.Agent))
            .OrderBy(j => j.Id).Take(100)
            .Select(j => new { Job = j, Printer = db.Stations.Where(s => s.Code == j.StationCode).Select(s => s.Devices.PrinterAddress).FirstOrDefault() })
            .ToListAsync(ct);
        foreach (var (job, configured) in waiting.Select(w => (w.Job, w.Printer)))
        {
            var address = routes.For(job.StationCode) ?? configured;
            if (address is not null && printers.For(job.StationCode, address) is { } printer)
            {
                // Handing the same job over again is a no-op: the queue knows it by its id.
                await printer.Queue.EnqueueOnceAsync(ServerJobIds.ToGuid(job.Id), job.Zpl, ct);
                continue;
            }

            job.Status = PrintJobStatus.Failed;
            job.FailureReason = address is null ? "no printer configured for the station" : $"printer address '{address}' is neither host:port nor a device path";
            job.Version++;
            db.Record(new PrintJobChanged(clock.UtcNow, job.StationCode, job.Id, job.Status));
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            log.LogWarning("Label {JobId} for {Station} failed: {Reason}", job.Id, job.StationCode, job.FailureReason);
        }
    }
}
