using System.Text;
using Warehouse.StationAgent.Journal;

namespace Warehouse.StationAgent.Tests.Journal;

/// <summary>A power cut mid-write costs at most the line being written; a damaged mark is named, not guessed at.</summary>
public sealed class ScanJournal_SurvivesDamage
{
    private static readonly DateTimeOffset At = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Fact]
    public void A_line_torn_by_a_crash_is_dropped_and_the_next_append_reads_back_whole()
    {
        using var folder = new TempFolder();
        using (var journal = ScanJournal.Open(folder.Path, "P"))
        {
            journal.Append("WHOLE-1", At);
            journal.Append("WHOLE-2", At);
        }

        // The crash: half a line, no newline.
        File.AppendAllText(folder.File("scans.log"), "3\tP-3\t17419", Encoding.UTF8);

        using (var reopened = ScanJournal.Open(folder.Path, "P"))
        {
            Assert.Equal(["WHOLE-1", "WHOLE-2"], reopened.After(0).Select(s => s.Code));
            Assert.Equal(3, reopened.Append("AFTER-CRASH", At).Sequence);
        }

        using var again = ScanJournal.Open(folder.Path, "P");
        Assert.Equal([(1L, "WHOLE-1"), (2L, "WHOLE-2"), (3L, "AFTER-CRASH")], again.After(0).Select(s => (s.Sequence, s.Code)));
    }

    [Fact]
    public void A_torn_line_in_a_journal_that_had_nothing_else_leaves_an_empty_journal_that_works()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("scans.log"), "1\tP-1\t1741944413000\tQUJD");

        using (var journal = ScanJournal.Open(folder.Path, "P"))
        {
            Assert.Empty(journal.After(0));
            journal.Append("FIRST", At);
        }

        Assert.Equal(["FIRST"], ScanJournalReader.Codes(folder));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("twelve 13")]
    [InlineData("12 13 14")]
    [InlineData("-1 5")]
    public void A_damaged_acknowledgement_mark_stops_the_agent_with_a_message_that_names_the_file(string content)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("scans.acked"), content);

        var e = Assert.Throws<InvalidDataException>(() => ScanJournal.Open(folder.Path, "P"));

        Assert.Contains(folder.File("scans.acked"), e.Message);
        Assert.Contains("damaged", e.Message);
    }
}

/// <summary>Reads the log as a restarted agent would, without holding it open.</summary>
internal static class ScanJournalReader
{
    public static List<string> Codes(TempFolder folder) =>
        [.. File.ReadAllLines(folder.File("scans.log")).Select(l => Encoding.UTF8.GetString(Convert.FromBase64String(l.Split('\t')[3])))];
}
