using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Analytics;

namespace Warehouse.Core.Tests.Returns;

/// <summary>The analytics CSV: every cell quoted, and a cell that would start a spreadsheet formula is shown as text.</summary>
public sealed class ReturnsCsv_FormulaSafe
{
    private static ReturnsFigure Figure(int units) =>
        new(units, 1, 0, [.. ReturnReasons.All.Select((_, i) => i == 0 ? units : 0)], [units, 0, 0, 0]);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")")]
    [InlineData("+48 600", "'+48 600")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("＝1", "'＝1")]
    [InlineData("Kubek \"Duży\"", "Kubek \"\"Duży\"\"")]
    [InlineData("a=b", "a=b")]
    public void A_name_that_could_run_is_text_and_quotes_are_doubled(string name, string cell)
    {
        var report = new ReturnsReport(new ReturnsPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3), null), 1, Figure(2),
            [new ReturnsBySku("KUB-0001", name, "=1+1", Figure(2))], [new ReturnsByCategory("=1+1", Figure(2))], new RefundTimes(0, null, null));

        var rows = ReturnsCsv.Write(report).Split("\r\n");

        Assert.StartsWith("\"sku\",\"name\",\"category\",\"units\"", rows[0]);
        string[] cells = ["KUB-0001", cell, "'=1+1", "2", "1", "50", "0", "2", "0", "0", "0", "0", "0", "0", "0", "2", "0", "0", "0"];
        Assert.Equal(string.Join(",", cells.Select(c => $"\"{c}\"")), rows[1]);
        Assert.Equal(4, rows.Length); // header, the product, the total, and the empty end after the last CRLF
        Assert.Equal("", rows[^1]);
    }
}
