using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Printing;
using Warehouse.Core.Stations;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.Web.Printing;

/// <summary>
/// PDF-only carrier labels to the station's document printer over IPP (ADR 11), for stations the server
/// drives; an agent station's labels are its agent's (<c>AgentPrintFeed</c>). The rules — Sent before
/// the bytes go, Printed only on the printer's <c>completed</c>, a Sent job without a printer job id
/// looked up by its name, never sent twice — are <see cref="DocumentJobRules"/>, which the agent follows too.
/// </summary>
internal sealed class DocumentPrintPass(IDbContextFactory<WarehouseDb> dbs, StationDocumentPrinters routes, IppConnections connections, FloorClock clock, ILogger<DocumentPrintPass> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var rules = new DocumentJobRules(new IppClient(connections));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var waiting = await db.PrintJobs
            .Where(j => j.Pdf != null && (j.Status == PrintJobStatus.Queued || j.Status == PrintJobStatus.Sent)
                && !db.Stations.Any(s => s.Code == j.StationCode && s.Devices.Connection == DeviceConnection.Agent))
            .OrderBy(j => j.Id).Take(50)
            .Select(j => new { j.Id, j.StationCode, Sscc = j.Parcel != null ? j.Parcel.Sscc : null, j.SlipOf, Configured = db.Stations.Where(s => s.Code == j.StationCode).Select(s => s.Devices.DocumentPrinterUri).FirstOrDefault() })
            .ToListAsync(ct);
        var down = new HashSet<string>();
        foreach (var w in waiting)
        {
            var text = routes.For(w.StationCode) ?? w.Configured;
            // One unreachable printer costs one timeout per pass, not one per job.
            if (text is not null && down.Contains(text)) continue;
            var job = await db.PrintJobs.SingleAsync(j => j.Id == w.Id, ct);
            var before = (job.Status, job.FailureReason);
            var step = await rules.StepAsync(job.Status == PrintJobStatus.Sent ? DocumentJobState.Sent : DocumentJobState.Queued, job.PrinterJobId,
                JobName(w.SlipOf, w.Sscc, w.Id), job.Pdf!, text, () => MarkSentAsync(db, job), ct);
            if (!step.Reachable && text is not null) down.Add(text);
            Apply(job, step);
            // Told only of a real change: a job back in the queue with the same message wakes nobody, this loop included.
            if ((job.Status, job.FailureReason) != before) db.Record(new PrintJobChanged(clock.UtcNow, job.StationCode, job.Id, job.Status));
            await SaveAsync(db);
        }
    }

    /// <summary>What a person sees in the printer's queue, then our job number: the parcel's SSCC for a label, "slip" and the order for a packing slip (ADR 12).</summary>
    public static string JobName(string? slipOf, string? sscc, int jobId) => DocumentJobRules.JobName(slipOf is { } order ? SlipName(order) : sscc, jobId);

    /// <summary>A packing slip's name in the printer's queue, before its job number (ADR 12).</summary>
    public static string SlipName(string orderNumber) => $"slip {orderNumber}";

    // Sent before the bytes go: after a crash from here on the job is looked up, never sent again.
    private async Task MarkSentAsync(WarehouseDb db, PrintJob job)
    {
        (job.Status, job.SentUtc) = (PrintJobStatus.Sent, clock.UtcNow);
        job.Version++;
        await SaveAsync(db);
    }

    private void Apply(PrintJob job, DocumentJobStep step)
    {
        var status = PrintJobStatuses.Of(step.State);
        if (status == PrintJobStatus.Queued) job.SentUtc = null; // the bytes never left
        if (step.PrinterJobId is { } printerJobId && job.PrinterJobId != printerJobId)
        {
            job.PrinterJobId = printerJobId;
            log.LogInformation("PDF label {JobId} for {Station} is job {PrinterJobId} at its printer", job.Id, job.StationCode, printerJobId);
        }
        if ((job.Status, job.FailureReason) == (status, step.Reason)) return;
        (job.Status, job.FailureReason) = (status, step.Reason);
        job.Version++;
        if (step.IsFinished)
            log.Log(status == PrintJobStatus.Printed ? LogLevel.Information : LogLevel.Warning, "PDF label {JobId} for {Station}: {Status} {Reason}", job.Id, job.StationCode, status, step.Reason);
    }

    // A state the printer reached is recorded even while stopping.
    private static async Task SaveAsync(WarehouseDb db)
    {
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }
}
