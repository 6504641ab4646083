using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.Printers;

public sealed class ZebraPrinter_ReadsItsLabelCounter
{
    [Fact]
    public async Task The_counter_moves_by_every_label_printed_including_a_quantity_of_three()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);

        var before = Assert.IsType<LabelCounterReport.Counted>(await printer.GetLabelCountAsync(Deadline.In()));
        await printer.SendZplAsync(PrinterFixtures.Label(1) + PrinterFixtures.RepeatedLabel(2, quantity: 3), Deadline.In());
        await simulator.WaitForPrintedAsync(2, Deadline.In());
        var after = Assert.IsType<LabelCounterReport.Counted>(await printer.GetLabelCountAsync(Deadline.In()));

        Assert.Equal(0, before.Labels);
        Assert.Equal(4, after.Labels);
    }

    [Fact]
    public async Task A_power_cycle_loses_the_held_label_drops_the_connection_and_keeps_the_counter()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        await printer.SendZplAsync(PrinterFixtures.Label(1), Deadline.In());
        await simulator.WaitForPrintedAsync(1, Deadline.In());
        simulator.SetBusy(true);
        await printer.SendZplAsync(PrinterFixtures.Label(2), Deadline.In());
        var held = Assert.IsType<PrinterStatusReport.Answered>(await printer.GetStatusAsync(Deadline.In()));

        var lost = simulator.PowerCycle();
        var afterwards = await printer.GetStatusAsync(Deadline.In()); // the old connection is gone
        var again = Assert.IsType<PrinterStatusReport.Answered>(await printer.GetStatusAsync(Deadline.In()));
        var counter = Assert.IsType<LabelCounterReport.Counted>(await printer.GetLabelCountAsync(Deadline.In()));

        Assert.Equal(1, held.Status.FormatsInBuffer);
        Assert.Equal(PrinterFixtures.Label(2), Assert.Single(lost).Zpl);
        Assert.IsType<PrinterStatusReport.FaultedOrUnreachable>(afterwards);
        Assert.True(again.Status.IsIdle);
        Assert.Equal(1, counter.Labels);
    }

    [Fact]
    public async Task A_printer_without_the_counter_says_so()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.AnswerLabelCount("\"?\"");

        var report = Assert.IsType<LabelCounterReport.Unavailable>(await printer.GetLabelCountAsync(Deadline.In()));

        Assert.Contains("does not know odometer.total_label_count", report.Reason);
    }

    [Fact]
    public async Task A_printer_that_does_not_answer_the_getvar_is_unavailable_within_the_timeout()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator, statusTimeoutSeconds: 0.3);
        simulator.SetLabelCountSilent(true);

        var report = Assert.IsType<LabelCounterReport.Unavailable>(await printer.GetLabelCountAsync(Deadline.In()));

        Assert.Contains("no answer", report.Reason);
    }

    public static TheoryData<string, string> HostileAnswers => new()
    {
        { "\"" + new string('9', 70_000) + "\"", "no closing double quote" },
        { "\"123456789012345678901234567890\"", "digits is not a count" },
        { "\"12 LABELS\"", "not a number" },
        { "\"abc\"", "not a number" },
        { "\"\"", "not a number" },
        { "\"-5\"", "cannot be negative" },
        { "\"42", "no closing double quote" },
        { "42\r\n", "does not start with a double quote" },
    };

    [Theory]
    [MemberData(nameof(HostileAnswers))]
    public async Task A_hostile_answer_is_refused_with_a_reason_and_the_next_answer_is_read_clean(string answer, string reason)
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator, statusTimeoutSeconds: 2);
        simulator.AnswerLabelCount(answer);

        var refused = Assert.IsType<LabelCounterReport.Unavailable>(await printer.GetLabelCountAsync(Deadline.In()));
        simulator.AnswerLabelCount(null);
        var next = await printer.GetLabelCountAsync(Deadline.In());

        Assert.Contains(reason, refused.Reason);
        Assert.True(refused.Reason.Length < 200, refused.Reason);
        Assert.Equal(0, Assert.IsType<LabelCounterReport.Counted>(next).Labels);
    }
}
