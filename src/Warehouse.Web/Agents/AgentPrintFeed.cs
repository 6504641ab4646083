using System.Threading.Channels;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Printing;
using Warehouse.Web.Printing;
using Warehouse.StationLink;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Web.Agents;

/// <summary>
/// Hands an agent station's queued labels to its agent, oldest first: ZPL for its Zebra, PDF-only
/// carrier labels for its document printer (ADR 11). A job stays Queued until the agent says it has
/// stored it (then Sent), and is Printed, NotConfirmed or Failed when the agent says so, with the time
/// its bytes went to the printer; a job handed over on a connection that broke is handed over again,
/// and the agent prints it once. A document job's waiting reason and printer job id come up as it goes.
/// </summary>
public sealed class AgentPrintFeed(IDbContextFactory<WarehouseDb> dbs, FloorEvents events, FloorClock clock, ILogger<AgentPrintFeed> log)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private const int MaxReason = 200;

    /// <summary>Shown on a PDF label while its station's agent is one from before agents printed documents.</summary>
    public const string AgentTooOld = "the station agent is too old to print PDF labels: update it (the label prints once it is)";

    public async Task RunAsync(AgentSession session)
    {
        var ct = session.Ending;
        // What the agent can do is in its first message (every agent sends it first): PDF labels go only to one that prints them.
        var documents = (await session.Greeting.WaitAsync(ct)).PrintsDocuments;
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
                if (!documents) await WaitForNewerAgentAsync(db, session.StationCode, ct);
                var jobs = await db.PrintJobs.AsNoTracking()
                    .Where(j => j.StationCode == session.StationCode && j.Status == PrintJobStatus.Queued && (documents || j.Pdf == null) && j.Id > handedOver)
                    .OrderBy(j => j.Id).Take(20)
                    .Select(j => new { j.Id, j.Zpl, j.Pdf, j.ReprintOf, Sscc = j.Parcel != null ? j.Parcel.Sscc : null, j.SlipOf })
                    .ToListAsync(ct);
                foreach (var job in jobs)
                {
                    handedOver = job.Id;
                    if (job.Pdf is null)
                        session.Send(new ServerMessage { Print = new PrintLabel { JobId = job.Id, Zpl = job.Zpl, Reprint = job.ReprintOf is not null } });
                    else if (job.Pdf.Length > StationLinkLimits.MaxDocumentBytes)
                        // The agent would refuse the message and lose its whole stream with it, scans included.
                        await ChangeAsync(session.StationCode, job.Id, PrintJobStatus.Failed,
                            $"PDF label of {job.Pdf.Length} bytes is over the {StationLinkLimits.MaxDocumentBytes} the station agent takes", [PrintJobStatus.Queued], sentUtc: null, printerJobId: 0, ct);
                    else
                        session.Send(new ServerMessage { PrintDocument = new PrintDocument
                        {
                            JobId = job.Id, Pdf = ByteString.CopyFrom(job.Pdf), JobName = DocumentPrintPass.JobName(job.SlipOf, job.Sscc, job.Id), Reprint = job.ReprintOf is not null,
                        } });
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

    // An agent from before PrintDocument would drop one unread: its station's PDF labels wait, saying why.
    private static Task WaitForNewerAgentAsync(WarehouseDb db, string station, CancellationToken ct) =>
        db.PrintJobs
            .Where(j => j.StationCode == station && j.Pdf != null && j.Status == PrintJobStatus.Queued && j.FailureReason == null)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.FailureReason, AgentTooOld), ct);

    // The agent has the job on its disk: from here on it is the agent's to send (Sent), though its
    // bytes may not have gone to the printer yet; their time comes with the outcome.
    public Task AcceptedAsync(string station, long jobId, CancellationToken ct) =>
        ChangeAsync(station, jobId, PrintJobStatus.Sent, null, [PrintJobStatus.Queued], sentUtc: null, printerJobId: 0, ct);

    public Task FinishedAsync(string station, PrintOutcome outcome, CancellationToken ct)
    {
        var to = outcome.Result switch
        {
            PrintOutcome.Types.Result.Printed => PrintJobStatus.Printed,
            PrintOutcome.Types.Result.NotConfirmed => PrintJobStatus.NotConfirmed,
            PrintOutcome.Types.Result.Failed => PrintJobStatus.Failed,
            _ => outcome.Printed ? PrintJobStatus.Printed : PrintJobStatus.Failed, // an agent older than Result
        };
        var reason = to == PrintJobStatus.Printed ? null : Cut(outcome.Reason, MaxReason);
        return ChangeAsync(station, outcome.JobId, to, reason, [PrintJobStatus.Queued, PrintJobStatus.Sent], SentUtc(outcome), outcome.PrinterJobId, ct);
    }

    /// <summary>A document job still on its way at the agent: why it waits, and the printer's job id once named. Stored only when it changed.</summary>
    public async Task ProgressAsync(string station, PrintProgress progress, CancellationToken ct)
    {
        if (progress.JobId is <= 0 or > int.MaxValue) return;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var job = await db.PrintJobs.FirstOrDefaultAsync(j => j.Id == (int)progress.JobId && j.StationCode == station && j.Pdf != null, ct);
        if (job is null || job.Status is not (PrintJobStatus.Queued or PrintJobStatus.Sent)) return;
        var reason = progress.Reason.Length == 0 ? null : Cut(progress.Reason, MaxReason);
        var printerJobId = progress.PrinterJobId > 0 ? progress.PrinterJobId : job.PrinterJobId;
        if ((job.FailureReason, job.PrinterJobId) == (reason, printerJobId)) return;
        (job.FailureReason, job.PrinterJobId) = (reason, printerJobId);
        job.Version++;
        // The station shows the reason under its banner: it hears of it as of any change of the job.
        db.Record(new PrintJobChanged(clock.UtcNow, station, job.Id, job.Status));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
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

    private async Task ChangeAsync(string station, long jobId, PrintJobStatus to, string? reason, PrintJobStatus[] from, DateTime? sentUtc, int printerJobId, CancellationToken ct)
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
        if (printerJobId > 0 && job.Pdf is not null) job.PrinterJobId = printerJobId;
        job.Version++;
        if (to != PrintJobStatus.Sent) db.Record(new PrintJobChanged(clock.UtcNow, station, job.Id, to));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (to is PrintJobStatus.Failed or PrintJobStatus.NotConfirmed) log.LogWarning("Label {JobId} at {Station} {Status}: {Reason}", jobId, station, to, reason);
    }
}
