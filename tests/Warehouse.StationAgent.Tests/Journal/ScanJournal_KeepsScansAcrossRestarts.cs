using Warehouse.StationAgent.Journal;

namespace Warehouse.StationAgent.Tests.Journal;

/// <summary>What the agent read stays on disk, in order, until the server has it; ids are never given twice.</summary>
public sealed class ScanJournal_KeepsScansAcrossRestarts
{
    private static readonly DateTimeOffset At = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Fact]
    public void Scans_appended_before_a_restart_come_back_in_order_with_their_ids_and_times()
    {
        using var folder = new TempFolder();
        List<JournalScan> appended;
        using (var journal = ScanJournal.Open(folder.Path, "PACK-02-abc"))
            appended = [.. Enumerable.Range(1, 5).Select(i => journal.Append($"CODE-{i}", At.AddSeconds(i)))];

        using var reopened = ScanJournal.Open(folder.Path, "PACK-02-abc");

        Assert.Equal(appended, reopened.After(0));
        Assert.Equal(["PACK-02-abc-1", "PACK-02-abc-2", "PACK-02-abc-3", "PACK-02-abc-4", "PACK-02-abc-5"], reopened.After(0).Select(s => s.ScanId));
        Assert.Equal(5, reopened.Waiting);
    }

    [Fact]
    public void Acknowledged_scans_are_not_returned_again_even_after_a_restart()
    {
        using var folder = new TempFolder();
        using (var journal = ScanJournal.Open(folder.Path, "P"))
        {
            for (var i = 1; i <= 5; i++) journal.Append($"CODE-{i}", At);
            journal.Ack(3);
            Assert.Equal(["CODE-4", "CODE-5"], journal.After(0).Select(s => s.Code));
        }

        using var reopened = ScanJournal.Open(folder.Path, "P");

        Assert.Equal(3, reopened.Acked);
        Assert.Equal(["CODE-4", "CODE-5"], reopened.After(0).Select(s => s.Code));
    }

    [Fact]
    public void An_acknowledgement_beyond_the_last_scan_does_not_swallow_the_next_one()
    {
        using var folder = new TempFolder();
        using var journal = ScanJournal.Open(folder.Path, "P");
        journal.Append("ONE", At);

        journal.Ack(1000);
        var next = journal.Append("TWO", At);

        Assert.Equal(2, next.Sequence);
        Assert.Equal([next], journal.After(0));
    }

    [Fact]
    public void The_sequence_continues_after_a_restart_with_nothing_left_to_send()
    {
        using var folder = new TempFolder();
        using (var journal = ScanJournal.Open(folder.Path, "P"))
        {
            for (var i = 1; i <= 3; i++) journal.Append($"CODE-{i}", At);
            journal.Ack(3);
        }

        using var reopened = ScanJournal.Open(folder.Path, "P");
        var next = reopened.Append("CODE-4", At);

        Assert.Equal(4, next.Sequence);
        Assert.Equal("P-4", next.ScanId);
    }

    [Fact]
    public void Ids_never_repeat_after_the_log_was_compacted_and_the_agent_restarted()
    {
        using var folder = new TempFolder();
        var code = new string('7', 4096); // ~5.5 KB a line: 200 of them pass the 1 MB compaction threshold
        var ids = new HashSet<string>();
        using (var journal = ScanJournal.Open(folder.Path, "P"))
        {
            for (var i = 0; i < 200; i++) Assert.True(ids.Add(journal.Append(code, At).ScanId));
            journal.Ack(200);
        }

        Assert.True(new FileInfo(folder.File("scans.log")).Length < 1024, "everything acknowledged past 1 MB: the log is emptied");

        using (var reopened = ScanJournal.Open(folder.Path, "P"))
        {
            Assert.Empty(reopened.After(0));
            var next = reopened.Append("AFTER-COMPACTION", At);
            Assert.Equal(201, next.Sequence);
            Assert.True(ids.Add(next.ScanId));
        }

        using var again = ScanJournal.Open(folder.Path, "P");
        Assert.Equal(["AFTER-COMPACTION"], again.After(0).Select(s => s.Code));
    }

    [Fact]
    public void A_scan_appended_right_after_compaction_is_readable_after_a_restart()
    {
        using var folder = new TempFolder();
        var code = new string('7', 4096);
        using (var journal = ScanJournal.Open(folder.Path, "P"))
        {
            for (var i = 0; i < 200; i++) journal.Append(code, At);
            journal.Ack(200);
            journal.Append("FIRST-AFTER", At);
            journal.Append("SECOND-AFTER", At);
        }

        // The log holds just the two new lines, from its first byte: no hole of zeros where the old lines were.
        var log = File.ReadAllBytes(folder.File("scans.log"));
        Assert.DoesNotContain((byte)0, log);
        using var reopened = ScanJournal.Open(folder.Path, "P");
        Assert.Equal([(201L, "FIRST-AFTER"), (202L, "SECOND-AFTER")], reopened.After(0).Select(s => (s.Sequence, s.Code)));
    }
}
