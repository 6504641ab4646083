using System.Text;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.DocumentPrinters;

/// <summary>
/// Get-Printer-Attributes to a simulated IPP printer on a real loopback socket: its state read into the
/// label printer's health, and a printer that is away, slow, untrusted or talking nonsense reported as
/// such — never a crash.
/// </summary>
public sealed class IppClient_ReadsThePrintersHealth : IDisposable
{
    // Generous: a loaded build machine can take seconds over a TLS handshake. The slow printer has its own.
    private readonly IppConnections _connections = new(TimeSpan.FromSeconds(10));

    private Task<PrinterStatusReport> AskAsync(string uri, IppConnections? connections = null)
    {
        Assert.True(DocumentPrinterUris.TryParse(uri, out var printer));
        return new IppClient(connections ?? _connections).GetPrinterStatusAsync(printer!, Deadline.In());
    }

    public static TheoryData<SimulatedIppCondition, PrinterProblem> Stopping => new()
    {
        { SimulatedIppCondition.PaperOut, PrinterProblem.PaperOut },
        { SimulatedIppCondition.Jammed, PrinterProblem.Jammed },
        { SimulatedIppCondition.Stopped, PrinterProblem.Paused },
    };

    [Fact]
    public async Task An_idle_printer_is_ready_and_its_request_is_well_formed()
    {
        await using var simulator = IppPrinterSimulator.Start();

        var report = await AskAsync(simulator.Uri);

        var status = Assert.IsType<PrinterStatusReport.AnsweredOverIpp>(report).Status;
        Assert.Equal(IppPrinterState.Idle, status.State);
        Assert.Empty(status.Reasons);
        Assert.True(status.AcceptingJobs);
        Assert.True(report.IsReady);
        Assert.Empty(simulator.Refused);
    }

    [Theory]
    [MemberData(nameof(Stopping))]
    public async Task A_printer_that_cannot_print_names_its_problem(SimulatedIppCondition condition, PrinterProblem problem)
    {
        await using var simulator = IppPrinterSimulator.Start();
        simulator.Condition = condition;

        var report = await AskAsync(simulator.Uri);

        var status = Assert.IsType<PrinterStatusReport.AnsweredOverIpp>(report).Status;
        Assert.Equal(IppPrinterState.Stopped, status.State);
        Assert.Equal([problem], status.Problems);
        Assert.False(report.IsReady);
    }

    [Fact]
    public async Task A_port_where_nothing_listens_is_unreachable()
    {
        string nobody;
        await using (var gone = IppPrinterSimulator.Start()) nobody = gone.Uri;

        var report = await AskAsync(nobody);

        Assert.Contains("No connection", Assert.IsType<PrinterStatusReport.FaultedOrUnreachable>(report).Reason);
    }

    [Fact]
    public async Task A_printer_that_answers_too_late_is_unreachable()
    {
        await using var simulator = IppPrinterSimulator.Start();
        simulator.AnswerDelay = TimeSpan.FromSeconds(10);
        using var impatient = new IppConnections(TimeSpan.FromSeconds(1));

        var report = await AskAsync(simulator.Uri, impatient);

        Assert.Contains("in time", Assert.IsType<PrinterStatusReport.FaultedOrUnreachable>(report).Reason);
    }

    [Fact]
    public async Task An_ipps_printer_whose_certificate_is_not_the_pinned_one_is_unreachable_and_says_its_fingerprint()
    {
        await using var simulator = IppPrinterSimulator.StartSecure();

        var report = await AskAsync($"{simulator.Uri}#sha256={new string('A', 64)}");

        Assert.Contains(simulator.CertificateSha256!, Assert.IsType<PrinterStatusReport.FaultedOrUnreachable>(report).Reason);
    }

    [Fact]
    public async Task A_pinned_ipps_printer_is_asked_over_tls()
    {
        await using var simulator = IppPrinterSimulator.StartSecure();
        simulator.Condition = SimulatedIppCondition.Jammed;

        var report = await AskAsync($"{simulator.Uri}#sha256={simulator.CertificateSha256}");

        Assert.Equal([PrinterProblem.Jammed], Assert.IsType<PrinterStatusReport.AnsweredOverIpp>(report).Status.Problems);
    }

    // Made in the test, not passed as theory data: xUnit serialises every argument byte by byte at discovery and again
    // at the run, which cost two megabytes ~20 s of CPU each time.
    private static readonly Dictionary<string, Func<byte[]>> NonsenseAnswers = new()
    {
        ["an HTML page"] = () => Encoding.ASCII.GetBytes("<html>502 Bad Gateway</html>"),
        ["version 9.9"] = () => [0x09, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x01, 0x03],
        ["cut off"] = () => [0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x04, 0x23, 0x00, 0x0d],
        ["an answer to another request"] = () => [0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03],
        ["two megabytes"] = () => new byte[2 << 20],
    };

    public static TheoryData<string> Nonsense => [.. NonsenseAnswers.Keys];

    [Theory]
    [MemberData(nameof(Nonsense))]
    public async Task Nonsense_is_an_unintelligible_answer_with_a_reason(string what)
    {
        await using var simulator = IppPrinterSimulator.Start();
        simulator.AnswerBytes = NonsenseAnswers[what]();

        var report = await AskAsync(simulator.Uri);

        Assert.False(string.IsNullOrWhiteSpace(Assert.IsType<PrinterStatusReport.Unintelligible>(report).Reason), what);
    }

    public void Dispose() => _connections.Dispose();
}
