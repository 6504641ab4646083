namespace Warehouse.Devices.DocumentPrinters;

/// <summary>Where a document job stands, as its owner keeps it: the server in its database, the station agent on its disk.</summary>
public enum DocumentJobState
{
    Queued,

    /// <summary>Marked before its bytes go: from here on it is looked up at the printer, never sent again.</summary>
    Sent,

    /// <summary>The printer reported it <c>completed</c>.</summary>
    Printed,

    Failed,

    /// <summary>Sent, but the printer does not know it (or no longer can be asked): maybe nothing came out; a person reprints.</summary>
    NotConfirmed,
}

/// <summary>
/// A job after one step: its state, the printer's job id once the printer named one, and the reason —
/// what the station shows while it waits, or why it ended. <see cref="Reachable"/> is false when no
/// connection to the printer could be made, so its other jobs need not wait for the same timeout.
/// </summary>
public sealed record DocumentJobStep(DocumentJobState State, int? PrinterJobId, string? Reason, bool Reachable = true)
{
    public bool IsFinished => State is DocumentJobState.Printed or DocumentJobState.Failed or DocumentJobState.NotConfirmed;
}
