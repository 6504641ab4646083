namespace Warehouse.Devices.DocumentPrinters;

/// <summary>
/// How a PDF label goes to a document printer over IPP and is followed there (ADR 11), for whichever
/// owns the station's devices: the server for the stations it drives, the station agent for its own.
/// A queued job is marked Sent (by the owner, durably) before its bytes go and keeps the printer's job
/// id as soon as the printer answers; a sent one is asked after until the printer says
/// <c>completed</c> (Printed), <c>aborted</c>/<c>canceled</c> (Failed, with the printer's reason); a
/// sent one without a job id — a crash or a lost answer after sending — is looked up by its name,
/// never sent again, and not found it is NotConfirmed. A printer that cannot be reached, is busy or
/// answers garbage leaves the job waiting with a reason; garbage is never taken for a state.
/// </summary>
public sealed class DocumentJobRules(IppClient ipp)
{
    public const string UserName = "warehouse";

    /// <summary>Longest reason kept: it is shown under the station's banner.</summary>
    public const int MaxReason = 200;

    /// <summary>What a person sees in the printer's queue: the parcel's SSCC, then our job number, so a reprint is a job of its own name.</summary>
    public static string JobName(string? sscc, long jobId) => sscc is null ? $"#{jobId}" : $"{sscc} #{jobId}";

    /// <summary>
    /// One step of a job in <paramref name="state"/> (Queued or Sent). <paramref name="markSent"/> must
    /// have stored the job as Sent when it returns; it is called only just before the bytes go.
    /// </summary>
    public async Task<DocumentJobStep> StepAsync(
        DocumentJobState state, int? printerJobId, string name, byte[] pdf, string? printerText, Func<Task> markSent, CancellationToken ct)
    {
        var sending = state == DocumentJobState.Queued;
        if (printerText is null)
            return Finish(sending ? DocumentJobState.Failed : DocumentJobState.NotConfirmed, printerJobId, "no document printer (ipp://…) set for the station");
        if (!DocumentPrinterUris.TryParse(printerText, out var printer) || printer is null)
            return Finish(sending ? DocumentJobState.Failed : DocumentJobState.NotConfirmed, printerJobId, "document printer address is not ipp://host:port/path or ipps://host:port/path#sha256=…");
        // Whatever goes wrong after the bytes may have gone leaves the job Sent: it is looked up, never sent again.
        var now = sending ? DocumentJobState.Queued : state;
        try
        {
            if (sending)
            {
                await markSent();
                now = DocumentJobState.Sent;
                return await SendAsync(printer, name, pdf, ct);
            }

            return printerJobId is { } id ? Apply(await AskAsync(printer, id, ct)) : await FindAsync(printer, name, ct);
        }
        catch (IppUnreachableException e)
        {
            // No connection was made: the bytes never left, so a job being sent is still only queued.
            return new(state, printerJobId, Cut($"printer unreachable, waiting: {e.Message}"), Reachable: false);
        }
        catch (IppRefusedException e) when (e.Temporary)
        {
            return Wait(state, printerJobId, $"printer not taking jobs now, waiting: {e.Message}");
        }
        catch (IppRefusedException e) when (sending)
        {
            return Finish(DocumentJobState.Failed, printerJobId, $"printer refused the label: {e.Message}");
        }
        catch (IppRefusedException e) when (e.Status == IppStatus.ClientErrorNotFound)
        {
            return Finish(DocumentJobState.NotConfirmed, printerJobId, $"printer no longer knows job {printerJobId}: {e.Message}");
        }
        catch (IppRefusedException e)
        {
            return Wait(state, printerJobId, $"printer refused to report the job, waiting: {e.Message}");
        }
        catch (IppFormatException e)
        {
            // It may have taken the job: the job stays Sent and is looked up by its name next time.
            return Wait(now, printerJobId, $"printer answered something that is not IPP: {e.Message}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var reason = e is TaskCanceledException ? "printer did not answer in time, waiting" : $"printer connection broke, waiting: {e.Message}";
            return new(now, printerJobId, Cut(reason), Reachable: false);
        }
    }

    private async Task<DocumentJobStep> SendAsync(DocumentPrinterUri printer, string name, byte[] pdf, CancellationToken ct)
    {
        var answer = await ipp.SendAsync(printer, IppRequests.PrintJob(ipp.NextRequestId(), printer.PrinterUri, name, UserName), pdf, ct);
        var status = IppJobStatus.From(answer).FirstOrDefault() ?? throw new IppFormatException("The answer to Print-Job names no job.");
        return Apply(status);
    }

    private async Task<IppJobStatus> AskAsync(DocumentPrinterUri printer, int printerJobId, CancellationToken ct)
    {
        var answer = await ipp.SendAsync(printer, IppRequests.GetJobAttributes(ipp.NextRequestId(), printer.PrinterUri, printerJobId, UserName), null, ct);
        return IppJobStatus.From(answer).FirstOrDefault(s => s.JobId == printerJobId) ?? throw new IppFormatException($"The answer does not report job {printerJobId}.");
    }

    private async Task<DocumentJobStep> FindAsync(DocumentPrinterUri printer, string name, CancellationToken ct)
    {
        var answer = await ipp.SendAsync(printer, IppRequests.GetJobs(ipp.NextRequestId(), printer.PrinterUri, UserName), null, ct);
        var found = IppJobStatus.From(answer).Where(s => s.Name == name).MaxBy(s => s.JobId);
        return found is null
            ? Finish(DocumentJobState.NotConfirmed, null, $"printer has no job '{name}': it may never have arrived")
            : Apply(found);
    }

    private static DocumentJobStep Apply(IppJobStatus status) => status.State switch
    {
        IppJobState.Completed => Finish(DocumentJobState.Printed, status.JobId, null),
        IppJobState.Aborted or IppJobState.Canceled => Finish(DocumentJobState.Failed, status.JobId,
            $"printer {(status.State == IppJobState.Aborted ? "aborted" : "canceled")} the job: {(status.Reasons.Length > 0 ? status.Reasons : "no reason given")}"),
        IppJobState.ProcessingStopped or IppJobState.PendingHeld => Wait(DocumentJobState.Sent, status.JobId, $"printer stopped the job: {status.Reasons}"),
        _ => Wait(DocumentJobState.Sent, status.JobId, null),
    };

    private static DocumentJobStep Finish(DocumentJobState state, int? printerJobId, string? reason) => new(state, printerJobId, Cut(reason));

    /// <summary>Still on its way; the reason (if any) is what the station shows meanwhile.</summary>
    private static DocumentJobStep Wait(DocumentJobState state, int? printerJobId, string? reason) => new(state, printerJobId, Cut(reason));

    private static string? Cut(string? reason) => reason is { Length: > MaxReason } ? reason[..(MaxReason - 1)] + "…" : reason;
}
