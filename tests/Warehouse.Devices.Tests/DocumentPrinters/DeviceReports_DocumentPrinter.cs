using Warehouse.Devices.DocumentPrinters;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.DocumentPrinters;

/// <summary>The document printer's health in the words the station page and the dashboard already use for the label printer.</summary>
public sealed class DeviceReports_DocumentPrinter
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    private static DeviceReport Report(IppPrinterState state, bool accepting, params string[] reasons) =>
        DeviceReports.DocumentPrinter(new PrinterStatusReport.AnsweredOverIpp(new IppPrinterStatus(state, reasons, accepting), Now));

    public static TheoryData<IppPrinterState, string[], bool, string> States => new()
    {
        { IppPrinterState.Idle, [], true, "ready" },
        { IppPrinterState.Processing, ["media-low-report"], true, "ready" },
        { IppPrinterState.Processing, ["media-low-warning", "toner-low-warning"], true, "ready paper-low toner-low" },
        { IppPrinterState.Stopped, ["media-empty-error", "media-needed-error"], true, "paper-out" },
        { IppPrinterState.Stopped, ["media-jam-error"], true, "jammed" },
        { IppPrinterState.Stopped, ["door-open-error"], true, "cover-open" },
        { IppPrinterState.Stopped, ["marker-supply-empty-error"], true, "toner-out" },
        { IppPrinterState.Stopped, ["paused"], false, "paused" },
        { IppPrinterState.Stopped, [], true, "paused" },
        { IppPrinterState.Idle, ["offline"], true, "offline" },
        { IppPrinterState.Idle, [], false, "not-accepting-jobs" },
        { IppPrinterState.Stopped, ["fuser-over-temp-error", "toner-low-warning"], true, "fault" },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void A_state_and_its_reasons_read_as_the_station_shows_them(IppPrinterState state, string[] reasons, bool accepting, string shown)
    {
        var report = Report(state, accepting, reasons);

        Assert.Equal(DeviceReports.DocumentPrinterDevice, report.Device);
        Assert.Equal(shown, report.State);
        Assert.Equal(shown.StartsWith("ready", StringComparison.Ordinal), report.Online);
        Assert.Equal(string.Join(", ", reasons), report.Description);
    }

    [Fact]
    public void A_printer_that_names_a_flood_of_reasons_is_described_in_a_line()
    {
        var reasons = Enumerable.Range(1, 500).Select(i => $"vendor-thing-{i}-report").ToArray();

        var report = Report(IppPrinterState.Idle, true, reasons);

        Assert.Equal("ready", report.State);
        Assert.Equal(DocumentJobRules.MaxReason, report.Description.Length);
    }

    [Fact]
    public void Unreachable_and_unintelligible_read_as_the_label_printers_do()
    {
        Assert.Equal(new DeviceReport(DeviceReports.DocumentPrinterDevice, false, "unreachable", "refused"),
            DeviceReports.DocumentPrinter(new PrinterStatusReport.FaultedOrUnreachable("refused", Now)));
        Assert.Equal(new DeviceReport(DeviceReports.DocumentPrinterDevice, false, "unintelligible answer", "no printer-state"),
            DeviceReports.DocumentPrinter(new PrinterStatusReport.Unintelligible("", "no printer-state", Now)));
    }

    [Fact]
    public async Task A_station_without_a_document_printer_reports_nothing_and_a_bad_address_says_so()
    {
        using var connections = new IppConnections(TimeSpan.FromSeconds(1));
        var ipp = new IppClient(connections);

        Assert.Null(await DocumentPrinterHealth.AskAsync(ipp, null, Deadline.In()));
        var bad = await DocumentPrinterHealth.AskAsync(ipp, "http://printer/ipp", Deadline.In());
        Assert.Equal("unreachable", bad!.State);
    }
}
