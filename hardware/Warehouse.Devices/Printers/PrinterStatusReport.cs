using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.Devices.Printers;

/// <summary>What asking a printer for its status gave: an answer, silence, or nonsense.</summary>
public abstract record PrinterStatusReport(DateTimeOffset At)
{
    /// <summary>The printer answered and the answer could be read.</summary>
    public sealed record Answered(ZebraHostStatus Status, DateTimeOffset At) : PrinterStatusReport(At);

    /// <summary>A document printer answered <c>Get-Printer-Attributes</c> over IPP and the answer could be read.</summary>
    public sealed record AnsweredOverIpp(IppPrinterStatus Status, DateTimeOffset At) : PrinterStatusReport(At);

    /// <summary>No connection, or no answer within the timeout: some printers go quiet while faulted.</summary>
    public sealed record FaultedOrUnreachable(string Reason, DateTimeOffset At) : PrinterStatusReport(At);

    /// <summary>The printer answered something that is not a status; kept for the log, never thrown.</summary>
    public sealed record Unintelligible(string Answer, string Reason, DateTimeOffset At) : PrinterStatusReport(At);

    public bool IsReady => this is Answered { Status.IsReady: true } or AnsweredOverIpp { Status.IsReady: true };

    /// <summary>One line a person can read on the station page or dashboard.</summary>
    public string Describe() => this switch
    {
        Answered { Status.IsReady: true } => "ready",
        Answered a => string.Join(", ", a.Status.Problems),
        AnsweredOverIpp { Status.IsReady: true } i => i.Status.Reasons.Count == 0 ? "ready" : $"ready: {i.Status.Describe()}",
        AnsweredOverIpp i => string.Join(", ", i.Status.Problems),
        FaultedOrUnreachable f => $"faulted or unreachable: {f.Reason}",
        Unintelligible u => $"unintelligible answer: {u.Reason}",
        _ => GetType().Name,
    };
}

/// <summary>What asking for <c>~HQES</c> gave.</summary>
public abstract record PrinterExtendedStatusReport(DateTimeOffset At)
{
    public sealed record Answered(ZebraExtendedStatus Status, DateTimeOffset At) : PrinterExtendedStatusReport(At);

    public sealed record FaultedOrUnreachable(string Reason, DateTimeOffset At) : PrinterExtendedStatusReport(At);

    public sealed record Unintelligible(string Answer, string Reason, DateTimeOffset At) : PrinterExtendedStatusReport(At);
}

/// <summary>What asking for the printer's label counter (<c>odometer.total_label_count</c>) gave.</summary>
public abstract record LabelCounterReport(DateTimeOffset At)
{
    /// <summary>The printer has printed this many labels in its life.</summary>
    public sealed record Counted(long Labels, DateTimeOffset At) : LabelCounterReport(At);

    /// <summary>No count: no answer, no connection, <c>"?"</c>, or an answer that is not one count (the reason says which).</summary>
    public sealed record Unavailable(string Reason, DateTimeOffset At) : LabelCounterReport(At);
}
