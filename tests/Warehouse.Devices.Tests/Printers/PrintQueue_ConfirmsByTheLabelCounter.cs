using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.Printers;

public sealed class PrintQueue_ConfirmsByTheLabelCounter
{
    private static PrintQueue QueueFor(ZebraPrinter printer, IPrintJobStore? store = null) =>
        new(printer, store ?? new InMemoryPrintJobStore(), new PrintQueueOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            ConfirmTimeout = TimeSpan.FromSeconds(2),
            CounterSettle = TimeSpan.FromMilliseconds(100),
        });

    private static async Task<PrintJob> PrintAsync(PrintQueue queue, string zpl)
    {
        using var stop = new CancellationTokenSource();
        var running = queue.RunAsync(stop.Token);
        var job = await queue.EnqueueAsync(zpl, Deadline.In());
        var done = await queue.WaitUntilFinishedAsync(job.Id, Deadline.In());
        await stop.CancelAsync();
        await running;
        return done;
    }

    [Fact]
    public async Task A_normal_label_is_printed_when_the_counter_moves_by_one()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);

        var done = await PrintAsync(QueueFor(printer), PrinterFixtures.Label(1));

        Assert.Equal(PrintJobState.Printed, done.State);
        Assert.Equal(1, done.Labels);
        Assert.Equal(0, done.LabelCountBefore);
        Assert.Equal("label counter 0 → 1", done.Confirmation);
        Assert.True(done.SentAt <= simulator.Received[0].ReceivedAt, "sent is when the bytes went, before the printer had them");
    }

    [Fact]
    public async Task A_label_held_in_a_printer_that_is_power_cycled_is_not_confirmed_and_not_sent_again()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        var queue = QueueFor(printer);
        simulator.SetBusy(true);
        simulator.LabelReceived += _ => simulator.PowerCycle();

        var done = await PrintAsync(queue, PrinterFixtures.Label(1));

        Assert.Equal(PrintJobState.NotConfirmed, done.State);
        Assert.Contains("label not confirmed", done.FailureReason);
        Assert.Contains("moved 0 of 1", done.FailureReason);
        Assert.Empty(simulator.Printed);
        Assert.Single(simulator.Received);
        Assert.Single(simulator.Lost);
    }

    [Fact]
    public async Task A_label_of_quantity_three_is_printed_when_the_counter_moves_three()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);

        var done = await PrintAsync(QueueFor(printer), PrinterFixtures.RepeatedLabel(1, quantity: 3));

        Assert.Equal(PrintJobState.Printed, done.State);
        Assert.Equal(3, done.Labels);
        Assert.Equal("label counter 0 → 3", done.Confirmation);
    }

    [Fact]
    public async Task A_label_of_quantity_three_is_not_confirmed_when_the_counter_moves_two()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.LabelReceived += _ => simulator.AnswerLabelCount("\"2\"");

        var done = await PrintAsync(QueueFor(printer), PrinterFixtures.RepeatedLabel(1, quantity: 3));

        Assert.Equal(PrintJobState.NotConfirmed, done.State);
        Assert.Contains("moved 2 of 3", done.FailureReason);
    }

    [Fact]
    public async Task Two_formats_in_one_job_need_the_counter_to_move_by_both()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.LabelPrinted += _ => simulator.SetBusy(true); // the second format stays in the buffer
        simulator.LabelReceived += label =>
        {
            if (label.Number == 2) simulator.PowerCycle();
        };

        var done = await PrintAsync(QueueFor(printer), PrinterFixtures.Label(1) + PrinterFixtures.Label(2));

        Assert.Equal(PrintJobState.NotConfirmed, done.State);
        Assert.Contains("moved 1 of 2", done.FailureReason);
    }

    [Theory]
    [InlineData("\"?\"", "does not know odometer.total_label_count")]
    [InlineData("\"-1\"", "cannot be negative")]
    [InlineData("\"lots\"", "not a number")]
    public async Task A_printer_without_a_readable_counter_is_confirmed_by_its_buffer_only_and_says_so(string answer, string reason)
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.AnswerLabelCount(answer);

        var done = await PrintAsync(QueueFor(printer), PrinterFixtures.Label(1));

        Assert.Equal(PrintJobState.Printed, done.State);
        Assert.Null(done.LabelCountBefore);
        Assert.StartsWith("confirmed by the printer's buffer only, no label counter", done.Confirmation);
        Assert.Contains(reason, done.Confirmation);
        Assert.Single(simulator.Printed);
    }

    [Fact]
    public async Task A_printer_that_does_not_answer_the_getvar_is_confirmed_by_its_buffer_only()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator, statusTimeoutSeconds: 0.2);
        simulator.SetLabelCountSilent(true);

        var done = await PrintAsync(QueueFor(printer), PrinterFixtures.Label(1));

        Assert.Equal(PrintJobState.Printed, done.State);
        Assert.Contains("no label counter (no label counter: no answer", done.Confirmation);
    }

    [Fact]
    public async Task A_counter_that_turns_to_nonsense_after_sending_leaves_the_label_not_confirmed()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.LabelReceived += _ => simulator.AnswerLabelCount("\"9x\"");

        var done = await PrintAsync(QueueFor(printer), PrinterFixtures.Label(1));

        Assert.Equal(PrintJobState.NotConfirmed, done.State);
        Assert.Contains("label counter could not be read", done.FailureReason);
    }

    [Fact]
    public async Task A_sent_job_carried_over_by_a_new_queue_is_confirmed_by_the_counter_it_recorded()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        var store = new InMemoryPrintJobStore();
        // The last queue recorded counter 5 before sending, then stopped; the printer has printed nothing since.
        var sent = new PrintJob(Guid.NewGuid(), 1, PrinterFixtures.Label(1), PrintJobState.Sent, DateTimeOffset.UtcNow,
            SentAt: DateTimeOffset.UtcNow, LabelCountBefore: 5);
        await store.SaveAsync(sent, Deadline.In());
        var queue = QueueFor(printer, store);
        using var stop = new CancellationTokenSource();
        var running = queue.RunAsync(stop.Token);

        var done = await queue.WaitUntilFinishedAsync(sent.Id, Deadline.In());

        Assert.Equal(PrintJobState.NotConfirmed, done.State);
        Assert.Empty(simulator.Received);
        await stop.CancelAsync();
        await running;
    }
}
