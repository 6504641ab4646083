using Warehouse.Devices.Printers;

namespace Warehouse.Devices.DocumentPrinters;

/// <summary>How much a <c>printer-state-reasons</c> keyword weighs, by its suffix (RFC 8011 §5.4.12).</summary>
public enum IppReasonSeverity
{
    /// <summary><c>-report</c>: information only.</summary>
    Report,

    /// <summary><c>-warning</c>: something to see to, but the printer still prints.</summary>
    Warning,

    /// <summary><c>-error</c>, or no suffix at all, which RFC 8011 says to take as an error: nothing prints.</summary>
    Error,
}

/// <summary>
/// The <c>printer-state-reasons</c> keywords we name (RFC 8011 §5.4.12, PWG 5100.9 and 5100.13): a keyword is a
/// base word and an optional suffix. Bases with the same meaning as a Zebra's problem are that problem, so the
/// station says "paper out" for both printers; any other error is <see cref="PrinterProblem.Fault"/> with its keyword.
/// </summary>
public static class IppPrinterReasons
{
    public const string None = "none";
    public const string Paused = "paused";
    public const string ReportSuffix = "-report";
    public const string WarningSuffix = "-warning";
    public const string ErrorSuffix = "-error";

    /// <summary>RFC 8011 keywords are at most 255 octets; a longer one is not a keyword.</summary>
    public const int MaxKeywordLength = 255;

    private static readonly Dictionary<string, PrinterProblem> Named = new(StringComparer.Ordinal)
    {
        ["media-empty"] = PrinterProblem.PaperOut,
        ["media-needed"] = PrinterProblem.PaperOut,
        ["media-jam"] = PrinterProblem.Jammed,
        ["door-open"] = PrinterProblem.CoverOpen,
        ["cover-open"] = PrinterProblem.CoverOpen,
        ["interlock-open"] = PrinterProblem.CoverOpen,
        ["toner-empty"] = PrinterProblem.TonerOut,
        ["marker-supply-empty"] = PrinterProblem.TonerOut,
        [Paused] = PrinterProblem.Paused,
        ["moving-to-paused"] = PrinterProblem.Paused,
        ["offline"] = PrinterProblem.Offline,
        ["media-low"] = PrinterProblem.PaperLow,
        ["toner-low"] = PrinterProblem.TonerLow,
        ["marker-supply-low"] = PrinterProblem.TonerLow,
    };

    /// <summary>The keyword's base (without its suffix) and how much it weighs.</summary>
    public static (string Base, IppReasonSeverity Severity) Split(string keyword) => keyword switch
    {
        _ when keyword.EndsWith(ReportSuffix, StringComparison.Ordinal) => (keyword[..^ReportSuffix.Length], IppReasonSeverity.Report),
        _ when keyword.EndsWith(WarningSuffix, StringComparison.Ordinal) => (keyword[..^WarningSuffix.Length], IppReasonSeverity.Warning),
        _ when keyword.EndsWith(ErrorSuffix, StringComparison.Ordinal) => (keyword[..^ErrorSuffix.Length], IppReasonSeverity.Error),
        _ => (keyword, IppReasonSeverity.Error),
    };

    /// <summary>The problem a keyword's base names; <see cref="PrinterProblem.Fault"/> for one we have no word for.</summary>
    public static PrinterProblem Problem(string keywordBase) => Named.GetValueOrDefault(keywordBase, PrinterProblem.Fault);
}
