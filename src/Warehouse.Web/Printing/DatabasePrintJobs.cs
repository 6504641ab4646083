using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Devices.Printers;
using CorePrintJob = Warehouse.Core.Printing.PrintJob;
using CoreStatus = Warehouse.Core.Printing.PrintJobStatus;
using Warehouse.Core.Floor.Outbox;
using PrintJobChanged = Warehouse.Core.Printing.PrintJobChanged;

namespace Warehouse.Web.Printing;

/// <summary>
/// One station's print queue kept in the server's database: the queue's state changes are the job
/// rows' state changes, so a restart carries on unfinished jobs (a Sent one is confirmed with
/// <c>~HS</c> and the label counter it recorded, never sent again) and the station page sees
/// Printed, NotConfirmed or Failed as it happens.
/// </summary>
internal sealed class DatabasePrintJobs(IDbContextFactory<WarehouseDb> dbs, string stationCode, FloorClock clock) : IPrintJobStore
{
    public async ValueTask SaveAsync(PrintJob job, CancellationToken cancellationToken)
    {
        if (ServerJobIds.FromGuid(job.Id) is not long id || id > int.MaxValue) return;
        // A state the printer reached is recorded even while stopping.
        await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var row = await db.PrintJobs.FirstOrDefaultAsync(j => j.Id == (int)id && j.StationCode == stationCode, CancellationToken.None);
        var status = Status(job.State);
        if (row is null || row.Status == status) return;
        row.Status = status;
        row.FailureReason = job.FailureReason;
        row.SentUtc = job.SentAt?.UtcDateTime ?? row.SentUtc;
        row.LabelCountBefore = job.LabelCountBefore ?? row.LabelCountBefore;
        row.Version++;
        if (job.IsFinished) db.Record(new PrintJobChanged(clock.UtcNow, stationCode, row.Id, status));
        await db.SaveChangesAsync(CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    public async ValueTask<IReadOnlyList<PrintJob>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var rows = await db.PrintJobs.AsNoTracking()
            .Where(j => j.StationCode == stationCode && j.Pdf == null && (j.Status == CoreStatus.Queued || j.Status == CoreStatus.Sent))
            .OrderBy(j => j.Id).ToListAsync(cancellationToken);
        return rows.Select(Job).ToList();
    }

    private static PrintJob Job(CorePrintJob row) => new(
        ServerJobIds.ToGuid(row.Id), row.Id, row.Zpl,
        row.Status == CoreStatus.Sent ? PrintJobState.Sent : PrintJobState.Queued,
        new DateTimeOffset(DateTime.SpecifyKind(row.CreatedUtc, DateTimeKind.Utc)),
        row.SentUtc is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null,
        Labels: ZplLabelCount.Of(row.Zpl),
        LabelCountBefore: row.LabelCountBefore); // a Sent label is confirmed by the counter recorded before it went

    private static CoreStatus Status(PrintJobState state) => state switch
    {
        PrintJobState.Sent => CoreStatus.Sent,
        PrintJobState.Printed => CoreStatus.Printed,
        PrintJobState.Failed => CoreStatus.Failed,
        PrintJobState.NotConfirmed => CoreStatus.NotConfirmed,
        _ => CoreStatus.Queued,
    };
}
