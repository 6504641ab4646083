using Warehouse.StationAgent.Journal;

namespace Warehouse.StationAgent.Tests.Journal;

/// <summary>Whatever a scanner can put in a code comes back from the disk exactly, framing characters included.</summary>
public sealed class ScanJournal_KeepsAnyCode
{
    public static TheoryData<string> Codes() => new()
    {
        "]C1010590123412345710ABC\u001d17250101",
        "TAB\tINSIDE",
        "LINE\nFEED\r\nAND CR\r",
        "Zażółć gęślą jaźń — 東京 📦",
        new string('X', 4096),
        " ",
        "",
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_code_round_trips_through_a_restart_unchanged(string code)
    {
        using var folder = new TempFolder();
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_741_944_413_123);
        using (var journal = ScanJournal.Open(folder.Path, "P"))
        {
            journal.Append("BEFORE", at);
            journal.Append(code, at);
            journal.Append("AFTER", at);
        }

        using var reopened = ScanJournal.Open(folder.Path, "P");

        Assert.Equal(["BEFORE", code, "AFTER"], reopened.After(0).Select(s => s.Code));
        Assert.All(reopened.After(0), s => Assert.Equal(at, s.ScannedAt));
    }
}
