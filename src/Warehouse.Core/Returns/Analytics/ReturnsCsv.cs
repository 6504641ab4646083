using System.Globalization;
using System.Text;
using Warehouse.Core.Returns.Desk;

namespace Warehouse.Core.Returns.Analytics;

/// <summary>
/// The analytics as CSV (RFC 4180, UTF-8, CRLF), one row per product: stable English column names
/// for spreadsheets and scripts. Product names and categories come from shops' catalogs, so no cell
/// may start a formula when a spreadsheet opens it (OWASP "CSV injection"): every cell is quoted,
/// and one starting with = + - @, a tab or a carriage return gets a leading apostrophe.
/// </summary>
public static class ReturnsCsv
{
    public static string Write(ReturnsReport report)
    {
        var csv = new StringBuilder();
        Row(csv, [
            "sku", "name", "category", "units", "controlled_units", "controlled_percent", "no_reason",
            .. ReturnReasons.All.Select(r => $"reason_{r}"),
            .. Enum.GetValues<ReturnGrade>().Select(g => $"grade_{g}"),
        ]);
        foreach (var s in report.Skus) Row(csv, [s.Code, s.Name, s.Category ?? "", .. Figures(s.Figure)]);
        Row(csv, ["", "", "", .. Figures(report.Total)]);
        return csv.ToString();
    }

    private static IEnumerable<string> Figures(ReturnsFigure f) =>
    [
        Number(f.Units), Number(f.ControlledUnits), f.ControlledPercent is int p ? Number(p) : "", Number(f.NoReason),
        .. f.Reasons.Select(Number), .. f.Grades.Select(Number),
    ];

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append('"').Append(Cell(cells[i]).Replace("\"", "\"\"")).Append('"');
        }
        csv.Append("\r\n");
    }

    /// <summary>A cell a spreadsheet will show as text, never run.</summary>
    public static string Cell(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠' ? "'" + value : value;
}
