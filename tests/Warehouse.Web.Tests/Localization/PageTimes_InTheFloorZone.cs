using System.Text.RegularExpressions;
using Warehouse.Testing;

namespace Warehouse.Web.Tests.Localization;

/// <summary>
/// Times are stored in UTC and shown in the floor's zone (Europe/Warsaw) on every page: a page that
/// formats a time does it on <c>FloorClock.ToLocal(…)</c>, never the server's zone or raw UTC
/// (Demo printers and Stations once showed UTC).
/// </summary>
public sealed partial class PageTimes_InTheFloorZone
{
    [Fact]
    public void Every_time_a_page_formats_goes_through_the_floor_clock()
    {
        var pages = Path.Combine(RepositoryRoot.Path, "src", "Warehouse.Web", "Components");
        var wrong = Directory.EnumerateFiles(pages, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(pages, f), Line: i + 1, Text: line)))
            .Where(l => TimeFormat().IsMatch(l.Text) && !l.Text.Contains("Clock.ToLocal(", StringComparison.Ordinal)
                        || l.Text.Contains("ToLocalTime()", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(wrong.Count == 0, "times not in the floor's zone:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }

    // A custom date/time format ("HH:mm", "dd.MM", "yyyy-…") or a standard one that prints a zone-less instant ("u", "s", "g").
    [GeneratedRegex(@"ToString\(""(?:[^""]*(?:HH|dd\.MM|yyyy)[^""]*|[usgGfFtT])""")]
    private static partial Regex TimeFormat();
}
