namespace Warehouse.Devices.Printers;

public enum PrintJobState
{
    Queued,
    Sent,
    Printed,
    Failed,
}

/// <summary>
/// One label document on its way to one printer. A job goes Queued → Sent → Printed or Failed,
/// and is sent at most once; printing it again is a new job that names the one it reprints.
/// </summary>
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
    string? RequestedBy = null)
{
    public bool IsFinished => State is PrintJobState.Printed or PrintJobState.Failed;
}
