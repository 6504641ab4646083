using System.Globalization;
using System.Text;

namespace Warehouse.Core.Stock;

/// <summary>One problem in an uploaded file, where a person can find it: line (1 is the header) and column.</summary>
public sealed record ImportProblem(int Line, string Column, string Message)
{
    public string Where => Column == "" ? $"line {Line}" : $"line {Line}, {Column}";
}

/// <summary>A line of a stock-take file as written, cells trimmed, not yet checked against the database.</summary>
public sealed record StockTakeLine(int Line, string Location, string Sku, string Quantity, string Lot, string Expiry, string Status, string Serial);

/// <summary>
/// Reads a stock-take CSV (RFC 4180: commas, double quotes around a cell that holds one, "" for a quote):
/// the header <c>location,sku,quantity,lot,expiry,status</c> and optionally <c>,serial</c>. Refuses text a
/// spreadsheet would run (a cell starting with = + - @) and control characters (tabs, line breaks inside a
/// cell, bidirectional overrides): the file came from outside and its cells end up on screens and in exports.
/// </summary>
public static class StockTakeCsv
{
    public static readonly string[] Columns = ["location", "sku", "quantity", "lot", "expiry", "status", "serial"];

    /// <summary>Upper bound on lines, whatever the body size allows.</summary>
    public const int MaxLines = 20_000;

    public static (List<StockTakeLine> Lines, List<ImportProblem> Problems) Read(string text)
    {
        var lines = new List<StockTakeLine>();
        var problems = new List<ImportProblem>();
        var records = Records(text, problems);
        if (problems.Count > 0) return (lines, problems);
        if (records.Count == 0)
        {
            problems.Add(new(1, "", $"The file is empty; the first line names the columns: {string.Join(",", Columns[..6])}[,serial]."));
            return (lines, problems);
        }
        var header = records[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
        if (header.Length is < 6 or > 7 || !header.SequenceEqual(Columns[..header.Length]))
        {
            // Not echoed: a header that is not ours may be anything, a formula included.
            problems.Add(new(1, "", $"The first line names the columns: {string.Join(",", Columns[..6])}[,serial]."));
            return (lines, problems);
        }
        if (records.Count == 1) problems.Add(new(1, "", "The file has no stock lines."));
        if (records.Count > MaxLines + 1) problems.Add(new(MaxLines + 2, "", $"At most {MaxLines} stock lines in one file."));
        if (problems.Count > 0) return (lines, problems);

        foreach (var (line, cells) in records.Skip(1))
        {
            if (cells.Count == 1 && cells[0].Trim() == "") continue; // a blank line
            if (cells.Count != header.Length)
            {
                problems.Add(new(line, "", $"Expected {header.Length} cells, found {cells.Count}."));
                continue;
            }
            var bad = false;
            for (var c = 0; c < cells.Count; c++)
            {
                if (Hostile(cells[c]) is { } why)
                {
                    problems.Add(new(line, Columns[c], why));
                    bad = true;
                }
            }
            if (bad) continue;
            lines.Add(new StockTakeLine(line, cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim(), cells[4].Trim(), cells[5].Trim(),
                cells.Count > 6 ? cells[6].Trim() : ""));
        }
        return (lines, problems);
    }

    private static string? Hostile(string cell)
    {
        foreach (var ch in cell)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                return $"Contains a control character (U+{(int)ch:X4}).";
        }
        var trimmed = cell.TrimStart();
        // A quantity of -3 is a bad quantity, said by the quantity check; elsewhere a leading minus is a formula.
        if (trimmed.Length > 0 && trimmed[0] is '=' or '+' or '@' or '-' && !IsNumber(trimmed))
            return "Starts like a spreadsheet formula (= + - @); refused.";
        return null;
    }

    private static bool IsNumber(string text) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>Shortened and with control characters shown as '?', so a message never carries what it refuses.</summary>
    internal static string Shown(string text)
    {
        var shown = new string(text.Select(ch => char.IsControl(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format ? '?' : ch).ToArray());
        return shown.Length > 60 ? shown[..60] + "…" : shown;
    }

    // Splits into records of cells, keeping each record's first line number. A quoted cell may hold
    // commas and quotes; a line break inside one is left in the cell, where the control-character check refuses it.
    private static List<(int Line, List<string> Cells)> Records(string text, List<ImportProblem> problems)
    {
        var records = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var wasQuoted = false;
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..]; // a byte-order mark from a spreadsheet
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else
                {
                    if (ch == '\n') line++;
                    cell.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when cell.ToString().Trim().Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    cell.Clear();
                    break;
                case '"':
                    problems.Add(new(line, "", "A quote inside a cell must be doubled and the cell put in quotes."));
                    return records;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    wasQuoted = false;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    cells.Add(cell.ToString());
                    records.Add((start, cells));
                    cells = [];
                    cell.Clear();
                    wasQuoted = false;
                    start = ++line;
                    break;
                default:
                    if (wasQuoted && !char.IsWhiteSpace(ch))
                    {
                        problems.Add(new(line, "", "Text after a closing quote; put the whole cell in quotes."));
                        return records;
                    }
                    if (!wasQuoted) cell.Append(ch);
                    break;
            }
        }
        if (quoted)
        {
            problems.Add(new(start, "", "A quoted cell is never closed."));
            return records;
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((start, cells));
        }
        return records;
    }
}
