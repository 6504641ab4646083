using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Printing;
using Warehouse.StationLink;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Web.Agents;

/// <summary>
/// Hands an agent station's queued labels to its agent, oldest first. A job stays Queued until the
/// agent says it has stored it (then Sent), and is Printed or Failed when the agent says so; a job
/// handed over on a connection that broke is handed over again, and the agent prints it once.
/// </summary>
public sealed class AgentPrintFeed(IDbContextFactory<WarehouseDb> dbs, FloorEvents events, FloorClock clock, ILogger<AgentPrintFeed> log)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    public async Task RunAsync(AgentSession session)
    {
        var ct = session.Ending;
        var wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var subscription = events.Subscribe(e =>
        {
            if (e is PrintJobChanged && string.Equals(e.StationCode, session.StationCode, StringComparison.OrdinalIgnoreCase))
                wake.Writer.TryWrite(true);
            return Task.CompletedTask;
        });
        long handedOver = 0;
        while (!ct.IsCancellationRequested)
        {
            await using (var db = await dbs.CreateDbContextAsync(ct))
            {
                var jobs = await db.PrintJobs.AsNoTracking()
                    .Where(j => j.StationCode == session.StationCode && j.Status == PrintJobStatus.Queued && j.Pdf == null && j.Id > handedOver)
                    .OrderBy(j => j.Id).Take(20)
                    .Select(j => new { j.Id, j.Zpl, j.ReprintOf })
                    .ToListAsync(ct);
                foreach (var job in jobs)
                {
                    session.Send(new ServerMessage { Print = new PrintLabel { JobId = job.Id, Zpl = job.Zpl, Reprint = job.ReprintOf is not null } });
                    handedOver = job.Id;
                }
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Poll);
            try
            {
                await wake.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
            }
        }
    }

    public Task AcceptedAsync(string station, long jobId, CancellationToken ct) =>
        ChangeAsync(station, jobId, PrintJobStatus.Sent, null, [PrintJobStatus.Queued], ct);

    public Task FinishedAsync(string station, long jobId, bool printed, string reason, CancellationToken ct) =>
        ChangeAsync(station, jobId, printed ? PrintJobStatus.Printed : PrintJobStatus.Failed, printed ? null : reason,
            [PrintJobStatus.Queued, PrintJobStatus.Sent], ct);

    private async Task ChangeAsync(string station, long jobId, PrintJobStatus to, string? reason, PrintJobStatus[] from, CancellationToken ct)
    {
        if (jobId is <= 0 or > int.MaxValue) return;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Only the station's own jobs, and only forward: an agent cannot touch another station's labels.
        var job = await db.PrintJobs.FirstOrDefaultAsync(j => j.Id == (int)jobId && j.StationCode == station, ct);
        if (job is null || !from.Contains(job.Status)) return;
        job.Status = to;
        job.FailureReason = reason;
        job.SentUtc ??= clock.UtcNow;
        job.Version++;
        if (to != PrintJobStatus.Sent) db.Record(new PrintJobChanged(clock.UtcNow, station, job.Id, to));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (to == PrintJobStatus.Failed) log.LogWarning("Label {JobId} at {Station} failed: {Reason}", jobId, station, reason);
    }
}
