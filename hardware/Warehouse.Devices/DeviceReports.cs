using Warehouse.Devices.Printers;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Scanners;

namespace Warehouse.Devices;

/// <summary>Turns what each driver knows into the few words a packer or supervisor reads.</summary>
public static class DeviceReports
{
    public static DeviceReport Scanner(DeviceHealth health) => health switch
    {
        DeviceHealth.Online => new("scanner", true, "ready"),
        DeviceHealth.Gone g => new("scanner", false, "unplugged", g.Reason),
        DeviceHealth.Faulted f => new("scanner", false, "fault", f.Reason),
        _ => new("scanner", false, "unknown"),
    };

    /// <summary>LineTooLong → line-too-long: what a refused scanner line is called on the wire and in the pages' texts.</summary>
    public static string Code(ScannerFaultKind kind) => Kebab(kind.ToString());

    public static DeviceReport Scale(DeviceHealth health, ScaleReading reading) => (health, reading) switch
    {
        (DeviceHealth.Gone g, _) => new("scale", false, "unplugged", g.Reason),
        (DeviceHealth.Faulted f, _) => new("scale", false, "fault", f.Reason),
        (_, ScaleReading.NoAnswer n) => new("scale", false, "silent", n.Reason),
        (_, ScaleReading.Fault f) => new("scale", false, "fault", f.Reason),
        (_, ScaleReading.Overload) => new("scale", true, "overload"),
        (_, ScaleReading.Underload) => new("scale", true, "underload"),
        _ => new("scale", true, "ready"),
    };

    public const string LabelPrinterDevice = "printer";
    public const string DocumentPrinterDevice = "document-printer";

    public static DeviceReport Printer(PrinterStatusReport status) => Printer(LabelPrinterDevice, status);

    /// <summary>
    /// The station's IPP printer in the label printer's words. A warning is a second word after "ready"
    /// (ready paper-low): shown, but the printer still counts as working.
    /// </summary>
    public static DeviceReport DocumentPrinter(PrinterStatusReport status) => Printer(DocumentPrinterDevice, status);

    private static DeviceReport Printer(string device, PrinterStatusReport status) => status switch
    {
        PrinterStatusReport.Answered { Status.IsReady: true } => new(device, true, "ready"),
        PrinterStatusReport.Answered a => new(device, false, Codes(a.Status.Problems)),
        PrinterStatusReport.AnsweredOverIpp { Status.IsReady: true } i => new(device, true, Codes(["ready", .. i.Status.Warnings.Select(Code)]), i.Status.Describe()),
        PrinterStatusReport.AnsweredOverIpp i => new(device, false, Codes(i.Status.Problems), i.Status.Describe()),
        PrinterStatusReport.FaultedOrUnreachable f => new(device, false, "unreachable", f.Reason),
        PrinterStatusReport.Unintelligible u => new(device, false, "unintelligible answer", u.Reason),
        _ => new(device, false, "unknown"),
    };

    private static string Codes(IEnumerable<PrinterProblem> problems) => Codes(problems.Select(Code));

    private static string Codes(IEnumerable<string> codes) => string.Join(' ', codes);

    /// <summary>PaperOut → paper-out: states are codes the server's pages translate.</summary>
    private static string Code(PrinterProblem problem) => Kebab(problem.ToString());

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
