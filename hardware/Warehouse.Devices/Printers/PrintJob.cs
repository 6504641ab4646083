namespace Warehouse.Devices.Printers;

public enum PrintJobState
{
    Queued,
    Sent,
    Printed,
    Failed,

    /// <summary>The printer went idle but its label counter did not move by the job's labels: maybe nothing came out.</summary>
    NotConfirmed,
}

/// <summary>
/// One label document on its way to one printer. A job goes Queued → Sent → Printed, NotConfirmed or
/// Failed, and is sent at most once; printing it again is a new job that names the one it reprints.
/// </summary>
/// <param name="SentAt">When its bytes went to the printer (recorded just before they go, so a crash cannot send them twice).</param>
/// <param name="Labels">How many labels its ZPL makes (every format's <c>^PQ</c>, 1 when none).</param>
/// <param name="LabelCountBefore">The printer's label counter just before the bytes went; null when the printer gave none.</param>
/// <param name="Confirmation">How the printer confirmed it, or why it could not: one line for the log and the station.</param>
public sealed record PrintJob(
    Guid Id,
    long Sequence,
    string Zpl,
    PrintJobState State,
    DateTimeOffset QueuedAt,
    DateTimeOffset? SentAt = null,
    DateTimeOffset? FinishedAt = null,
    string? FailureReason = null,
    Guid? ReprintOf = null,
    string? RequestedBy = null,
    int Labels = 1,
    long? LabelCountBefore = null,
    string? Confirmation = null)
{
    public bool IsFinished => State is PrintJobState.Printed or PrintJobState.Failed or PrintJobState.NotConfirmed;
}
