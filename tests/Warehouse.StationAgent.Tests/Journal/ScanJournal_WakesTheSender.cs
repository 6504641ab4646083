using Warehouse.StationAgent.Journal;

namespace Warehouse.StationAgent.Tests.Journal;

/// <summary>The link waits on the journal for the next scan instead of polling it.</summary>
public sealed class ScanJournal_WakesTheSender
{
    [Fact]
    public async Task Waiting_for_more_completes_when_a_scan_is_appended()
    {
        using var folder = new TempFolder();
        using var journal = ScanJournal.Open(folder.Path, "P");
        journal.Append("ONE", DateTimeOffset.UtcNow);

        var waiting = journal.WaitForMoreAsync(1, Deadline.In());
        Assert.False(waiting.IsCompleted);
        journal.Append("TWO", DateTimeOffset.UtcNow);

        await waiting;
        Assert.Equal(["TWO"], journal.After(1).Select(s => s.Code));
    }

    [Fact]
    public async Task Waiting_for_more_than_is_already_there_completes_at_once()
    {
        using var folder = new TempFolder();
        using var journal = ScanJournal.Open(folder.Path, "P");
        journal.Append("ONE", DateTimeOffset.UtcNow);

        await journal.WaitForMoreAsync(0, Deadline.In());
    }

    [Fact]
    public async Task Waiting_for_more_ends_when_cancelled()
    {
        using var folder = new TempFolder();
        using var journal = ScanJournal.Open(folder.Path, "P");
        using var cancel = new CancellationTokenSource();

        var waiting = journal.WaitForMoreAsync(0, cancel.Token);
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();

        // The wait's own cancellation, not the test's deadline, must end it.
        await Task.WhenAny(waiting, Task.Delay(Timeout.Infinite, Deadline.In()));
        Assert.True(waiting.IsCanceled, $"the wait is {waiting.Status}");
    }
}
