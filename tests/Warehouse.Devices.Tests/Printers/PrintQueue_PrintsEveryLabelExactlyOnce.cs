using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.Printers;

public sealed class PrintQueue_PrintsEveryLabelExactlyOnce
{
    private static PrintQueue QueueFor(ZebraPrinter printer) =>
        new(printer, new InMemoryPrintJobStore(), new PrintQueueOptions { PollInterval = TimeSpan.FromMilliseconds(20), ConfirmTimeout = TimeSpan.FromMilliseconds(500) });

    [Fact]
    public async Task A_printer_that_runs_out_of_paper_mid_batch_prints_all_twenty_in_order_after_refill()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        var queue = QueueFor(printer);
        var paperOutSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        simulator.LabelPrinted += label =>
        {
            if (label.Number == 7) simulator.SetPaperOut(true);
        };
        queue.StatusChanged += status =>
        {
            if (status is PrinterStatusReport.Answered { Status.PaperOut: true }) paperOutSeen.TrySetResult();
        };
        using var stop = new CancellationTokenSource();
        var running = queue.RunAsync(stop.Token);
        var labels = Enumerable.Range(1, 20).Select(PrinterFixtures.Label).ToList();
        var jobs = new List<PrintJob>();
        foreach (var zpl in labels) jobs.Add(await queue.EnqueueAsync(zpl, Deadline.In()));

        await paperOutSeen.Task.WaitAsync(Deadline.In());
        Assert.Equal(7, simulator.Printed.Count);
        simulator.SetPaperOut(false);
        foreach (var job in jobs) await queue.WaitUntilFinishedAsync(job.Id, Deadline.In());

        Assert.Equal(labels, simulator.Received.Select(l => l.Zpl));
        Assert.Equal(labels, simulator.Printed.Select(l => l.Zpl));
        Assert.All(queue.Jobs, job => Assert.Equal(PrintJobState.Printed, job.State));
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_printed_job_is_printed_again_only_when_a_reprint_is_asked()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        var queue = QueueFor(printer);
        using var stop = new CancellationTokenSource();
        var running = queue.RunAsync(stop.Token);

        var first = await queue.EnqueueAsync(PrinterFixtures.Label(1), Deadline.In());
        await queue.WaitUntilFinishedAsync(first.Id, Deadline.In());
        var reprint = await queue.ReprintAsync(first.Id, "packer 7", Deadline.In());
        var done = await queue.WaitUntilFinishedAsync(reprint.Id, Deadline.In());

        Assert.Equal(2, simulator.Printed.Count);
        Assert.Equal(first.Id, done.ReprintOf);
        Assert.Equal("packer 7", done.RequestedBy);
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_job_sent_to_a_printer_that_goes_silent_fails_with_a_reason_and_is_not_sent_again()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator, statusTimeoutSeconds: 0.2);
        var queue = QueueFor(printer);
        simulator.LabelReceived += _ => simulator.SetSilent(true);
        using var stop = new CancellationTokenSource();
        var running = queue.RunAsync(stop.Token);

        var job = await queue.EnqueueAsync(PrinterFixtures.Label(1), Deadline.In());
        var done = await queue.WaitUntilFinishedAsync(job.Id, Deadline.In());

        Assert.Equal(PrintJobState.Failed, done.State);
        Assert.Contains("not confirmed", done.FailureReason);
        Assert.Single(simulator.Received);
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task Jobs_left_in_the_store_are_carried_on_by_a_new_queue()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        var store = new InMemoryPrintJobStore();
        var waiting = new PrintJob(Guid.NewGuid(), 1, PrinterFixtures.Label(1), PrintJobState.Queued, DateTimeOffset.UtcNow);
        await store.SaveAsync(waiting, Deadline.In());
        var queue = new PrintQueue(printer, store, new PrintQueueOptions { PollInterval = TimeSpan.FromMilliseconds(20) });
        using var stop = new CancellationTokenSource();
        var running = queue.RunAsync(stop.Token);

        await simulator.WaitForPrintedAsync(1, Deadline.In());
        var done = await queue.WaitUntilFinishedAsync(waiting.Id, Deadline.In());

        Assert.Equal(PrintJobState.Printed, done.State);
        await stop.CancelAsync();
        await running;
    }
}
