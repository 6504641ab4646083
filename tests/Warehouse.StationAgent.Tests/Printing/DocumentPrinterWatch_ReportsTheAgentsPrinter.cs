using System.Threading.Channels;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.StationAgent.Devices;
using Warehouse.StationAgent.Journal;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>
/// The agent asks its station's document printer how it is — here a simulated IPP printer on a real loopback
/// socket — and raises each change as device health, which the server link sends up as it sends the label
/// printer's. A new device set is asked at once; a set without a document printer leaves nothing to send.
/// </summary>
public sealed class DocumentPrinterWatch_ReportsTheAgentsPrinter : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly IppConnections _connections = new(TimeSpan.FromSeconds(5));
    private readonly Channel<DeviceReport> _reports = Channel.CreateUnbounded<DeviceReport>();
    private ScanJournal _journal = null!;
    private PrintJobFile _printJobs = null!;
    private AgentDevices _devices = null!;
    private DocumentPrinterWatch _watch = null!;

    public async Task InitializeAsync()
    {
        var options = new AgentOptions { StateFolder = _folder.Path, PrinterWatchInterval = TimeSpan.FromMilliseconds(200) };
        _journal = ScanJournal.Open(_folder.File("scans"), "PACK-02-test");
        _printJobs = new PrintJobFile(_folder.File("printing"));
        _devices = new AgentDevices(_journal, _printJobs, options, new AgentLog<AgentDevices>());
        _devices.HealthChanged += r =>
        {
            if (r.Device == DeviceReports.DocumentPrinterDevice) _reports.Writer.TryWrite(r);
        };
        _watch = new DocumentPrinterWatch(_devices, _connections, options, new AgentLog<DocumentPrinterWatch>());
        await _watch.StartAsync(CancellationToken.None);
    }

    private static DeviceSet Set(string? documentPrinter) => new(null, "cr", null, "mt-sics", "kg", null, documentPrinter);

    /// <summary>The next document printer report whose state is <paramref name="state"/>, as the link would send it.</summary>
    private async Task<DeviceReport> ReportedAsync(string state)
    {
        var deadline = Deadline.In();
        while (true)
        {
            var report = await _reports.Reader.ReadAsync(deadline);
            if (report.State == state) return report;
        }
    }

    [Fact]
    public async Task Each_change_of_the_printer_is_reported_and_nothing_while_it_stays_the_same()
    {
        await using var printer = IppPrinterSimulator.Start();
        await _devices.ApplyAsync(Set(printer.Uri));

        Assert.True((await ReportedAsync("ready")).Online);
        printer.Condition = SimulatedIppCondition.PaperOut;
        var paperOut = await ReportedAsync("paper-out");
        Assert.False(paperOut.Online);
        Assert.Contains("media-empty-error", paperOut.Description);
        printer.Condition = SimulatedIppCondition.Jammed;
        Assert.False((await ReportedAsync("jammed")).Online);

        await Task.Delay(600); // three more rounds of the same answer
        Assert.False(_reports.Reader.TryRead(out var again), $"reported again: {again}");
    }

    [Fact]
    public async Task A_new_printer_that_does_not_answer_is_unreachable_and_no_printer_leaves_nothing_to_send()
    {
        await using var printer = IppPrinterSimulator.Start();
        await _devices.ApplyAsync(Set(printer.Uri));
        await ReportedAsync("ready");
        string nobody;
        await using (var gone = IppPrinterSimulator.Start()) nobody = gone.Uri; // a port where nothing listens now

        await _devices.ApplyAsync(Set(nobody));
        Assert.Contains("No connection", (await ReportedAsync("unreachable")).Description);

        await _devices.ApplyAsync(Set(null));
        var until = DateTime.UtcNow.AddSeconds(15);
        while (_devices.Health.Any(r => r.Device == DeviceReports.DocumentPrinterDevice) && DateTime.UtcNow < until) await Task.Delay(50);
        Assert.DoesNotContain(_devices.Health, r => r.Device == DeviceReports.DocumentPrinterDevice);
    }

    public async Task DisposeAsync()
    {
        await _watch.StopAsync(CancellationToken.None);
        _watch.Dispose();
        await _devices.DisposeAsync();
        _journal.Dispose();
        _printJobs.Dispose();
        _connections.Dispose();
        _folder.Dispose();
    }
}
