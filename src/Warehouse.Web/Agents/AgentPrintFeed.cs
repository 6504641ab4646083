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
/// agent says it has stored it (then Sent), and is Printed, NotConfirmed or Failed when the agent
/// says so, with the time its bytes went to the printer; a job
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

    // The agent has the job on its disk: from here on it is the agent's to send (Sent), though its
    // bytes may not have gone to the printer yet; their time comes with the outcome.
    public Task AcceptedAsync(string station, long jobId, CancellationToken ct) =>
        ChangeAsync(station, jobId, PrintJobStatus.Sent, null, [PrintJobStatus.Queued], sentUtc: null, ct);

    public Task FinishedAsync(string station, PrintOutcome outcome, CancellationToken ct)
    {
        var to = outcome.Result switch
        {
            PrintOutcome.Types.Result.Printed => PrintJobStatus.Printed,
            PrintOutcome.Types.Result.NotConfirmed => PrintJobStatus.NotConfirmed,
            PrintOutcome.Types.Result.Failed => PrintJobStatus.Failed,
            _ => outcome.Printed ? PrintJobStatus.Printed : PrintJobStatus.Failed, // an agent older than Result
        };
        var reason = to == PrintJobStatus.Printed ? null : Cut(outcome.Reason, 200);
        return ChangeAsync(station, outcome.JobId, to, reason, [PrintJobStatus.Queued, PrintJobStatus.Sent], SentUtc(outcome), ct);
    }

    // When the agent sent the bytes, by its clock; an old agent does not say, and then the server's "now" is
    // the best it has. A time far from the server's is the agent's clock or its malice: not stored.
    private DateTime? SentUtc(PrintOutcome outcome)
    {
        var now = clock.UtcNow;
        if (outcome.Result == PrintOutcome.Types.Result.Unspecified) return now;
        if (outcome.SentAtUnixMs <= 0 || outcome.SentAtUnixMs > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()) return null;
        var sent = DateTimeOffset.FromUnixTimeMilliseconds(outcome.SentAtUnixMs).UtcDateTime;
        return (sent - now).Duration() <= TimeSpan.FromDays(1) ? sent : null;
    }

    private static string Cut(string text, int most) => text.Length <= most ? text : text[..most];

    private async Task ChangeAsync(string station, long jobId, PrintJobStatus to, string? reason, PrintJobStatus[] from, DateTime? sentUtc, CancellationToken ct)
    {
        if (jobId is <= 0 or > int.MaxValue) return;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Only the station's own jobs, and only forward: an agent cannot touch another station's labels.
        var job = await db.PrintJobs.FirstOrDefaultAsync(j => j.Id == (int)jobId && j.StationCode == station, ct);
        if (job is null || !from.Contains(job.Status)) return;
        job.Status = to;
        job.FailureReason = reason;
        if (sentUtc is not null) job.SentUtc = sentUtc;
        job.Version++;
        if (to != PrintJobStatus.Sent) db.Record(new PrintJobChanged(clock.UtcNow, station, job.Id, to));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (to is PrintJobStatus.Failed or PrintJobStatus.NotConfirmed) log.LogWarning("Label {JobId} at {Station} {Status}: {Reason}", jobId, station, to, reason);
    }
}
