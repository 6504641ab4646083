using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.Printers;

public sealed class ZebraPrinter_ReportsEveryNamedFault
{
    public static TheoryData<string, PrinterProblem> Faults => new()
    {
        { "paper out", PrinterProblem.PaperOut },
        { "head open", PrinterProblem.HeadUp },
        { "paused", PrinterProblem.Paused },
        { "ribbon out", PrinterProblem.RibbonOut },
    };

    private static SimulatedPrinterCondition ConditionFor(PrinterProblem problem) => problem switch
    {
        PrinterProblem.PaperOut => new(PaperOut: true),
        PrinterProblem.HeadUp => new(HeadOpen: true),
        PrinterProblem.Paused => new(Paused: true),
        PrinterProblem.RibbonOut => new(RibbonOut: true),
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    [Fact]
    public async Task A_healthy_printer_answers_ready_with_an_empty_buffer()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);

        var report = await printer.GetStatusAsync(Deadline.In());

        var status = Assert.IsType<PrinterStatusReport.Answered>(report).Status;
        Assert.True(status.IsReady);
        Assert.True(status.IsIdle);
        Assert.Equal(1218, status.LabelLengthDots);
        Assert.Equal("ready", report.Describe());
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task The_host_status_names_the_fault(string name, PrinterProblem problem)
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.SetCondition(ConditionFor(problem));

        var report = await printer.GetStatusAsync(Deadline.In());

        var status = Assert.IsType<PrinterStatusReport.Answered>(report).Status;
        Assert.Equal([problem], status.Problems);
        Assert.False(report.IsReady, name);
    }

    [Theory]
    [InlineData(PrinterProblem.PaperOut, ZebraErrors.MediaOut)]
    [InlineData(PrinterProblem.HeadUp, ZebraErrors.HeadOpen)]
    [InlineData(PrinterProblem.Paused, ZebraErrors.Paused)]
    [InlineData(PrinterProblem.RibbonOut, ZebraErrors.RibbonOut)]
    public async Task The_extended_status_sets_the_matching_error_bit(PrinterProblem problem, ZebraErrors expected)
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.SetCondition(ConditionFor(problem));

        var report = await printer.GetExtendedStatusAsync(Deadline.In());

        var status = Assert.IsType<PrinterExtendedStatusReport.Answered>(report).Status;
        Assert.Equal(expected, status.Errors);
        Assert.Equal(ZebraWarnings.None, status.Warnings);
    }

    [Fact]
    public async Task Held_labels_show_as_formats_in_buffer_and_labels_remaining()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.SetPaperOut(true);

        await printer.SendZplAsync(PrinterFixtures.Label(1) + PrinterFixtures.Label(2), Deadline.In());
        var report = await printer.GetStatusAsync(Deadline.In());

        var status = Assert.IsType<PrinterStatusReport.Answered>(report).Status;
        Assert.Equal(2, status.FormatsInBuffer);
        Assert.Equal(2, status.LabelsRemaining);
        Assert.False(status.IsIdle);
    }
}
