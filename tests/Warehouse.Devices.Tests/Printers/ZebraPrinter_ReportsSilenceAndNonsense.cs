using System.Net;
using System.Net.Sockets;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.Printers;

public sealed class ZebraPrinter_ReportsSilenceAndNonsense
{
    [Fact]
    public async Task A_silent_printer_is_faulted_or_unreachable_within_the_timeout()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator, statusTimeoutSeconds: 0.3);
        simulator.SetSilent(true);

        var report = await printer.GetStatusAsync(Deadline.In());

        var fault = Assert.IsType<PrinterStatusReport.FaultedOrUnreachable>(report);
        Assert.Contains("no answer", fault.Reason);
    }

    [Fact]
    public async Task A_printer_that_speaks_again_after_silence_is_answered_on_a_fresh_connection()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator, statusTimeoutSeconds: 0.3);
        simulator.SetSilent(true);
        await printer.GetStatusAsync(Deadline.In());

        simulator.SetSilent(false);
        var report = await printer.GetStatusAsync(Deadline.In());

        Assert.True(report.IsReady);
    }

    [Fact]
    public async Task Nothing_listening_on_the_port_is_faulted_or_unreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var printer = new ZebraPrinter(new TcpPrinterLink("127.0.0.1", port));

        var report = await printer.GetStatusAsync(Deadline.In());

        Assert.IsType<PrinterStatusReport.FaultedOrUnreachable>(report);
        await Assert.ThrowsAsync<PrinterUnreachableException>(() => printer.SendZplAsync("^XA^XZ", Deadline.In()));
    }

    [Theory]
    [InlineData("HELLO\r\n")]
    [InlineData("\u0002garbage\u0003\r\n\u0002more\u0003\r\n\u0002x\u0003\r\n")]
    [InlineData("\u0002030,1,0\u0003\r\n\u0002001\u0003\r\n\u0002\u0003\r\n")]
    [InlineData("\u0002030,X,0,1218,000,0,0,0,000,0,0,0\u0003\r\n\u0002001,0,0,0,1,2,6,0,00000000,1,000\u0003\r\n\u00021234,0\u0003\r\n")]
    public async Task A_nonsense_answer_is_reported_as_unintelligible(string nonsense)
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator, statusTimeoutSeconds: 2);
        simulator.AnswerNonsense(nonsense);

        var report = await printer.GetStatusAsync(Deadline.In());
        var extended = await printer.GetExtendedStatusAsync(Deadline.In());

        Assert.IsType<PrinterStatusReport.Unintelligible>(report);
        Assert.IsType<PrinterExtendedStatusReport.Unintelligible>(extended);
        simulator.AnswerNonsense(null);
        Assert.True((await printer.GetStatusAsync(Deadline.In())).IsReady);
    }
}
