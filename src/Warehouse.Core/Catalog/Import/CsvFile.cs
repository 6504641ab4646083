using System.Text;

namespace Warehouse.Core.Catalog.Import;

/// <summary>
/// An uploaded CSV as text: UTF-8 (with or without a byte-order mark) or, when the bytes are not
/// UTF-8, Windows-1250 — what Polish Excel writes for "CSV (rozdzielany średnikami)". Cells split on
/// ';' or ',', whichever the header line uses; RFC 4180 quotes ("" for a quote inside a quoted cell).
/// </summary>
public static class CsvFile
{
    static CsvFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The bytes as text, and the name of the encoding found.</summary>
    public static (string? Text, string Encoding, CatalogProblem? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
            return (null, "UTF-16", new(1, "", CatalogCodes.WideUnicode));
        if (bytes.IndexOf((byte)0) >= 0)
            return (null, "binary", new(1, "", CatalogCodes.Binary));
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "UTF-8", null);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: every byte sequence is some Windows-1250 text, and Polish letters land where Excel put them.
            return (Encoding.GetEncoding(1250).GetString(bytes), "Windows-1250", null);
        }
    }

    /// <summary>';' when the header line (the first that is not blank) has more semicolons than commas (outside quotes), else ','.</summary>
    public static char Delimiter(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var ch in text.AsSpan().TrimStart("\r\n"))
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch is '\n' or '\r') break;
            else if (!quoted && ch == ';') semicolons++;
            else if (!quoted && ch == ',') commas++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>
    /// Records of cells with the line each starts on. A line break inside a quoted cell stays in the
    /// cell (the cell checks refuse it); a stray quote ends the reading with a problem on its line.
    /// </summary>
    public static List<(int Line, List<string> Cells)> Records(string text, char delimiter, List<CatalogProblem> problems, int maxRecords)
    {
        var records = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, start = 1;
        bool quoted = false, wasQuoted = false;
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
            if (ch == delimiter)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                wasQuoted = false;
            }
            else if (ch == '"')
            {
                if (cell.ToString().Trim().Length != 0 || wasQuoted)
                {
                    problems.Add(new(line, "", CatalogCodes.StrayQuote));
                    return records;
                }
                quoted = wasQuoted = true;
                cell.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
            else if (ch is '\r' or '\n')
            {
                cells.Add(cell.ToString());
                records.Add((start, cells));
                if (records.Count > maxRecords) return records;
                cells = [];
                cell.Clear();
                wasQuoted = false;
                start = ++line;
            }
            else if (wasQuoted)
            {
                if (!char.IsWhiteSpace(ch))
                {
                    problems.Add(new(line, "", CatalogCodes.TextAfterQuote));
                    return records;
                }
            }
            else cell.Append(ch);
        }
        if (quoted)
        {
            problems.Add(new(start, "", CatalogCodes.UnclosedQuote));
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
