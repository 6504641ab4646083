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
/// drives (an agent station's devices are its agent's). A job is marked Sent before its bytes go, keeps
/// the printer's job id as soon as the printer answers, and is Printed only when the printer reports the
/// job <c>completed</c>; <c>aborted</c>/<c>canceled</c> or a refusal fail it with the printer's reason.
/// A Sent job without a printer job id (a crash or a lost answer after sending) is looked up by its
/// job name, never sent again; not found, it is not confirmed and waits for a person's reprint.
/// </summary>
internal sealed class DocumentPrintPass(IDbContextFactory<WarehouseDb> dbs, StationDocumentPrinters routes, IHttpClientFactory http, FloorClock clock, ILogger<DocumentPrintPass> log)
{
    public const string HttpClientName = "ipp";
    public const string UserName = "warehouse";
    private const int MaxReason = 200;
    public const string AgentStation = "the station agent does not print PDF labels: set the station to Local or None to print them here";

    public async Task RunAsync(CancellationToken ct)
    {
        // A client per pass: the factory's handlers rotate, a client kept for the app's life would not.
        var ipp = new IppClient(http.CreateClient(HttpClientName));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var waiting = await db.PrintJobs
            .Where(j => j.Pdf != null && (j.Status == PrintJobStatus.Queued || j.Status == PrintJobStatus.Sent)
                && !db.Stations.Any(s => s.Code == j.StationCode && s.Devices.Connection == DeviceConnection.Agent))
            .OrderBy(j => j.Id).Take(50)
            .Select(j => new { j.Id, j.StationCode, Sscc = j.Parcel != null ? j.Parcel.Sscc : null, j.SlipOf, Configured = db.Stations.Where(s => s.Code == j.StationCode).Select(s => s.Devices.DocumentPrinterUri).FirstOrDefault() })
            .ToListAsync(ct);
        // An agent station's devices are its agent's, and the agent does not print documents yet: its PDF labels wait, saying so.
        await db.PrintJobs
            .Where(j => j.Pdf != null && j.Status == PrintJobStatus.Queued && j.FailureReason == null
                && db.Stations.Any(s => s.Code == j.StationCode && s.Devices.Connection == DeviceConnection.Agent))
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.FailureReason, AgentStation), ct);
        var down = new HashSet<string>();
        foreach (var w in waiting)
        {
            var text = routes.For(w.StationCode) ?? w.Configured;
            // One unreachable printer costs one timeout per pass, not one per job.
            if (text is not null && down.Contains(text)) continue;
            var job = await db.PrintJobs.SingleAsync(j => j.Id == w.Id, ct);
            var before = (job.Status, job.FailureReason);
            var reachable = await StepAsync(ipp, db, job, text, JobName(w.SlipOf is { } order ? SlipName(order) : w.Sscc, w.Id), ct);
            if (!reachable && text is not null) down.Add(text);
            // Told only of a real change: a job back in the queue with the same message wakes nobody, this loop included.
            if ((job.Status, job.FailureReason) != before) db.Record(new PrintJobChanged(clock.UtcNow, job.StationCode, job.Id, job.Status));
            await SaveAsync(db);
        }
    }

    /// <summary>What a person sees in the printer's queue: the parcel's SSCC, then our job number, so a reprint is a job of its own name.</summary>
    public static string JobName(string? sscc, int jobId) => sscc is null ? $"#{jobId}" : $"{sscc} #{jobId}";

    /// <summary>A packing slip's name in the printer's queue, before its job number (ADR 12).</summary>
    public static string SlipName(string orderNumber) => $"slip {orderNumber}";

    private async Task<bool> StepAsync(IppClient ipp, WarehouseDb db, PrintJob job, string? text, string name, CancellationToken ct)
    {
        if (text is null)
        {
            Finish(job, job.Status == PrintJobStatus.Sent ? PrintJobStatus.NotConfirmed : PrintJobStatus.Failed, "no document printer (ipp://…) set for the station");
            return true;
        }
        if (!DocumentPrinterUris.TryParse(text, out var printer) || printer is null)
        {
            Finish(job, job.Status == PrintJobStatus.Sent ? PrintJobStatus.NotConfirmed : PrintJobStatus.Failed, "document printer address is not ipp://host:port/path");
            return true;
        }
        var sending = job.Status == PrintJobStatus.Queued;
        try
        {
            if (sending) await SendAsync(ipp, db, job, printer, name, ct);
            else if (job.PrinterJobId is { } printerJobId) Apply(job, await AskAsync(ipp, printer, printerJobId, ct));
            else await FindAsync(ipp, job, printer, name, ct);
            return true;
        }
        catch (IppUnreachableException e)
        {
            // No connection was made: the bytes never left, so the job is still only queued.
            if (sending) (job.Status, job.SentUtc) = (PrintJobStatus.Queued, null);
            Wait(job, $"printer unreachable, waiting: {e.Message}");
            return false;
        }
        catch (IppRefusedException e) when (e.Temporary)
        {
            if (sending) (job.Status, job.SentUtc) = (PrintJobStatus.Queued, null);
            Wait(job, $"printer not taking jobs now, waiting: {e.Message}");
            return true;
        }
        catch (IppRefusedException e) when (sending)
        {
            Finish(job, PrintJobStatus.Failed, $"printer refused the label: {e.Message}");
            return true;
        }
        catch (IppRefusedException e) when (e.Status == IppStatus.ClientErrorNotFound)
        {
            Finish(job, PrintJobStatus.NotConfirmed, $"printer no longer knows job {job.PrinterJobId}: {e.Message}");
            return true;
        }
        catch (IppRefusedException e)
        {
            Wait(job, $"printer refused to report the job, waiting: {e.Message}");
            return true;
        }
        catch (IppFormatException e)
        {
            // It may have taken the job: the job stays Sent and is looked up by its name next time.
            Wait(job, $"printer answered something that is not IPP: {e.Message}");
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            Wait(job, e is TaskCanceledException ? "printer did not answer in time, waiting" : $"printer connection broke, waiting: {e.Message}");
            return false;
        }
    }

    private async Task SendAsync(IppClient ipp, WarehouseDb db, PrintJob job, DocumentPrinterUri printer, string name, CancellationToken ct)
    {
        // Sent before the bytes go: after a crash from here on the job is looked up, never sent again.
        (job.Status, job.SentUtc) = (PrintJobStatus.Sent, clock.UtcNow);
        job.Version++;
        await SaveAsync(db);
        var answer = await ipp.SendAsync(printer.HttpUri, IppRequests.PrintJob(ipp.NextRequestId(), printer.PrinterUri, name, UserName), job.Pdf, ct);
        var status = IppJobStatus.From(answer).FirstOrDefault() ?? throw new IppFormatException("The answer to Print-Job names no job.");
        job.PrinterJobId = status.JobId;
        log.LogInformation("PDF label {JobId} for {Station} is job {PrinterJobId} at {Printer}", job.Id, job.StationCode, status.JobId, printer.PrinterUri);
        Apply(job, status);
    }

    private static async Task<IppJobStatus> AskAsync(IppClient ipp, DocumentPrinterUri printer, int printerJobId, CancellationToken ct)
    {
        var answer = await ipp.SendAsync(printer.HttpUri, IppRequests.GetJobAttributes(ipp.NextRequestId(), printer.PrinterUri, printerJobId, UserName), null, ct);
        return IppJobStatus.From(answer).FirstOrDefault(s => s.JobId == printerJobId) ?? throw new IppFormatException($"The answer does not report job {printerJobId}.");
    }

    private async Task FindAsync(IppClient ipp, PrintJob job, DocumentPrinterUri printer, string name, CancellationToken ct)
    {
        var answer = await ipp.SendAsync(printer.HttpUri, IppRequests.GetJobs(ipp.NextRequestId(), printer.PrinterUri, UserName), null, ct);
        var found = IppJobStatus.From(answer).Where(s => s.Name == name).MaxBy(s => s.JobId);
        if (found is null)
        {
            Finish(job, PrintJobStatus.NotConfirmed, $"printer has no job '{name}': it may never have arrived");
            return;
        }
        job.PrinterJobId = found.JobId;
        Apply(job, found);
    }

    private void Apply(PrintJob job, IppJobStatus status)
    {
        switch (status.State)
        {
            case IppJobState.Completed:
                Finish(job, PrintJobStatus.Printed, null);
                break;
            case IppJobState.Aborted or IppJobState.Canceled:
                Finish(job, PrintJobStatus.Failed, $"printer {(status.State == IppJobState.Aborted ? "aborted" : "canceled")} the job: {(status.Reasons.Length > 0 ? status.Reasons : "no reason given")}");
                break;
            case IppJobState.ProcessingStopped or IppJobState.PendingHeld:
                Wait(job, $"printer stopped the job: {status.Reasons}");
                break;
            default:
                Wait(job, null);
                break;
        }
    }

    private void Finish(PrintJob job, PrintJobStatus status, string? reason)
    {
        job.Status = status;
        job.FailureReason = Cut(reason);
        job.Version++;
        log.Log(status == PrintJobStatus.Printed ? LogLevel.Information : LogLevel.Warning, "PDF label {JobId} for {Station}: {Status} {Reason}", job.Id, job.StationCode, status, reason);
    }

    /// <summary>Still on its way; the reason (if any) is what the station shows meanwhile.</summary>
    private static void Wait(PrintJob job, string? reason)
    {
        var cut = Cut(reason);
        if (job.FailureReason == cut) return;
        job.FailureReason = cut;
        job.Version++;
    }

    private static string? Cut(string? reason) => reason is { Length: > MaxReason } ? reason[..(MaxReason - 1)] + "…" : reason;

    // A state the printer reached is recorded even while stopping.
    private static async Task SaveAsync(WarehouseDb db)
    {
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }
}
