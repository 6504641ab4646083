using Warehouse.Devices.Printers;

namespace Warehouse.Devices.DocumentPrinters;

/// <summary>
/// A document printer's answer to <c>Get-Printer-Attributes</c>: <c>printer-state</c>, <c>printer-state-reasons</c>
/// and <c>printer-is-accepting-jobs</c>. It prints when it is not stopped, takes jobs and names no error; a
/// warning (toner low) is shown but stops nothing, a report is only kept in the reasons.
/// </summary>
public sealed record IppPrinterStatus(IppPrinterState State, IReadOnlyList<string> Reasons, bool AcceptingJobs)
{
    public static readonly string[] Requested = ["printer-state", "printer-state-reasons", "printer-is-accepting-jobs"];

    /// <summary>What stops printing, each once, in the order the printer named them.</summary>
    public IReadOnlyList<PrinterProblem> Problems
    {
        get
        {
            var problems = Named(IppReasonSeverity.Error).ToList();
            // Stopped or refusing jobs without saying why is still not printing.
            if (State == IppPrinterState.Stopped && problems.Count == 0) problems.Add(PrinterProblem.Paused);
            if (!AcceptingJobs && problems.Count == 0) problems.Add(PrinterProblem.NotAcceptingJobs);
            return problems;
        }
    }

    /// <summary>What the printer warns of while it still prints.</summary>
    public IReadOnlyList<PrinterProblem> Warnings => [.. Named(IppReasonSeverity.Warning).Except(Problems)];

    public bool IsReady => Problems.Count == 0;

    /// <summary>The printer's own keywords, for the description under the state; as short as a job's reason, whatever the printer sends.</summary>
    public string Describe()
    {
        var all = string.Join(", ", Reasons);
        return all.Length > DocumentJobRules.MaxReason ? all[..(DocumentJobRules.MaxReason - 1)] + "…" : all;
    }

    private IEnumerable<PrinterProblem> Named(IppReasonSeverity severity) => Reasons
        .Select(IppPrinterReasons.Split).Where(r => r.Severity == severity)
        .Select(r => IppPrinterReasons.Problem(r.Base)).Distinct();

    /// <summary>Reads the printer group of an answer; anything missing or of another syntax is refused with a reason, never guessed at.</summary>
    public static bool TryRead(IppMessage answer, out IppPrinterStatus? status, out string? problem)
    {
        status = null;
        var state = answer.Find(IppGroupTag.Printer, "printer-state");
        var reasons = answer.Find(IppGroupTag.Printer, "printer-state-reasons");
        var accepting = answer.Find(IppGroupTag.Printer, "printer-is-accepting-jobs");
        problem = (state, reasons, accepting) switch
        {
            (null, _, _) => "no printer-state",
            (_, null, _) => "no printer-state-reasons",
            (_, _, null) => "no printer-is-accepting-jobs",
            _ when state.Values.Count != 1 || state.First.Tag != IppValueTag.Enum => "printer-state is not one enum",
            _ when !Enum.IsDefined((IppPrinterState)state.First.AsInteger()!.Value) => $"printer-state {state.First.AsInteger()} is not idle, processing or stopped",
            _ when reasons.Values.Any(v => v.Tag != IppValueTag.Keyword) => "printer-state-reasons is not keywords",
            _ when reasons.Values.Any(v => v.Bytes.Length is 0 or > IppPrinterReasons.MaxKeywordLength) => "a printer-state-reasons keyword is empty or too long",
            _ when accepting.Values.Count != 1 || accepting.First.AsBoolean() is null => "printer-is-accepting-jobs is not one boolean",
            _ => null,
        };
        if (problem is not null) return false;
        var named = reasons!.Values.Select(v => v.AsText()).Where(k => k != IppPrinterReasons.None).Distinct().ToList();
        status = new IppPrinterStatus((IppPrinterState)state!.First.AsInteger()!.Value, named, accepting!.First.AsBoolean()!.Value);
        return true;
    }
}
