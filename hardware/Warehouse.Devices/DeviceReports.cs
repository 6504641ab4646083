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

    public static DeviceReport Printer(PrinterStatusReport status) => status switch
    {
        PrinterStatusReport.Answered { Status.IsReady: true } => new("printer", true, "ready"),
        PrinterStatusReport.Answered a => new("printer", false, string.Join(' ', a.Status.Problems.Select(Code))),
        PrinterStatusReport.FaultedOrUnreachable f => new("printer", false, "unreachable", f.Reason),
        PrinterStatusReport.Unintelligible u => new("printer", false, "unintelligible answer", u.Reason),
        _ => new("printer", false, "unknown"),
    };

    /// <summary>PaperOut → paper-out: states are codes the server's pages translate.</summary>
    private static string Code(PrinterProblem problem) => Kebab(problem.ToString());

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
