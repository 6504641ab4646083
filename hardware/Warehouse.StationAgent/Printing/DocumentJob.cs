using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.StationAgent.Printing;

/// <summary>
/// A PDF label the server handed over for the station's document printer, as the agent keeps it
/// (its PDF lies beside it on disk). Named and numbered by the server; followed by <see cref="DocumentJobRules"/>.
/// </summary>
/// <param name="SentAt">When it was marked Sent, just before its bytes went; null while queued.</param>
/// <param name="Reason">What the station shows while it waits, or why it ended.</param>
public sealed record DocumentJob(
    long JobId,
    long Sequence,
    string Name,
    DocumentJobState State,
    DateTimeOffset QueuedAt,
    DateTimeOffset? SentAt = null,
    DateTimeOffset? FinishedAt = null,
    int? PrinterJobId = null,
    string? Reason = null)
{
    public bool IsFinished => State is DocumentJobState.Printed or DocumentJobState.Failed or DocumentJobState.NotConfirmed;
}
