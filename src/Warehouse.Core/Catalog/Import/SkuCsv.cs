namespace Warehouse.Core.Catalog.Import;

/// <summary>
/// Reads a catalog file (docs/operations.md, "Catalog CSV"). Header names, in any order and case:
/// <c>sku</c>, <c>name</c>, <c>weight_kg</c> or <c>weight_g</c>, <c>length_cm</c>/<c>width_cm</c>/<c>height_cm</c>
/// or the same in <c>_mm</c>; optional <c>gtin</c>, <c>fragile</c> (tak/nie, yes/no, 1/0), <c>category</c>.
/// Pure: no database. Every bad row is listed with its line, column and why; the rows that are good
/// are kept for the preview, but a file with any problem imports nothing (see <see cref="SkuImport"/>).
/// </summary>
public static class SkuCsv
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 100_000;
    public const int MaxCellLength = 500;

    /// <summary>A file with very many bad rows lists this many; the count says the rest.</summary>
    public const int MaxProblemsListed = 1000;

    private static readonly Dictionary<string, (string Field, int Factor)> Measures = new(StringComparer.Ordinal)
    {
        ["weight_kg"] = ("weight", 1000), ["weight_g"] = ("weight", 1),
        ["length_cm"] = ("length", 10), ["length_mm"] = ("length", 1),
        ["width_cm"] = ("width", 10), ["width_mm"] = ("width", 1),
        ["height_cm"] = ("height", 10), ["height_mm"] = ("height", 1),
    };

    private static readonly string[] Texts = ["sku", "name", "gtin", "fragile", "category"];

    public static readonly string Header = "sku;name;gtin;weight_kg;length_cm;width_cm;height_cm;fragile;category";

    public static SkuFile Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            return Refused("?", ',', new(1, "", CatalogCodes.FileTooLarge, (bytes.Length / (1024 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), MaxBytes / (1024 * 1024)));
        var (text, encoding, problem) = CsvFile.Decode(bytes);
        if (problem is not null) return Refused(encoding, ',', problem);
        var delimiter = CsvFile.Delimiter(text!);
        var problems = new List<CatalogProblem>();
        var records = CsvFile.Records(text!, delimiter, problems, MaxRows + 1);
        if (problems.Count > 0) return new SkuFile(encoding, delimiter, [], problems, 0);
        records.RemoveAll(r => r.Cells.All(c => c.Trim().Length == 0)); // blank lines, and the ";;;;" lines Excel leaves below a table
        if (records.Count == 0) return Refused(encoding, delimiter, new(1, "", CatalogCodes.FileEmpty, Header));
        if (records.Count > MaxRows + 1)
            return Refused(encoding, delimiter, new(1, "", CatalogCodes.TooManyRows, MaxRows));

        var (columns, headerProblems) = Columns(records[0].Cells);
        if (headerProblems.Count > 0) return new SkuFile(encoding, delimiter, [], headerProblems, records.Count - 1);

        var rows = new List<SkuRow>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var gtinLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var listed = 0;
        foreach (var (line, cells) in records.Skip(1))
        {
            var rowProblems = new List<CatalogProblem>();
            if (cells.Count > columns.Length && cells.Skip(columns.Length).Any(c => c.Trim().Length > 0))
                rowProblems.Add(new(line, "", CatalogCodes.ExtraCells, cells.Count, columns.Length));
            string Cell(string name) => Array.IndexOf(columns, name) is var i and >= 0 && i < cells.Count ? cells[i] : "";

            var fields = new Dictionary<string, long?>();
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = c < cells.Count ? cells[c] : "";
                if (cell.Length > MaxCellLength) { rowProblems.Add(new(line, columns[c], CatalogCodes.CellTooLong, MaxCellLength)); continue; }
                if (Measures.TryGetValue(columns[c], out var measure))
                {
                    var (value, why) = CatalogMeasure.Parse(cell, measure.Factor);
                    if (why is not null) rowProblems.Add(new(line, columns[c], why));
                    else fields[measure.Field] = value;
                }
                else if (columns[c] is "sku" or "gtin" && CellText.Hostile(cell) is { } hostile)
                    rowProblems.Add(new(line, columns[c], hostile));
            }
            var fragile = Fragile(Cell("fragile"));
            if (fragile is null) rowProblems.Add(new(line, "fragile", CatalogCodes.FragileValue));

            if (rowProblems.Count == 0)
            {
                var (draft, checks) = SkuDraft.Check(
                    new SkuDraft.Fields(Cell("sku"), Cell("name"), Cell("gtin"), fields.GetValueOrDefault("weight"), fields.GetValueOrDefault("length"),
                        fields.GetValueOrDefault("width"), fields.GetValueOrDefault("height"), fragile ?? false, Cell("category")),
                    line, field => ColumnFor(field, columns));
                rowProblems.AddRange(checks);
                if (draft is not null)
                {
                    if (firstLineOf.TryGetValue(draft.Code, out var first))
                        rowProblems.Add(new(line, "sku", CatalogCodes.SkuTwice, draft.Code, first));
                    else if (draft.Gtin is not null && gtinLineOf.TryGetValue(draft.Gtin, out var same))
                        rowProblems.Add(new(line, "gtin", CatalogCodes.GtinTwice, same));
                    else
                    {
                        firstLineOf[draft.Code] = line;
                        if (draft.Gtin is not null) gtinLineOf[draft.Gtin] = line;
                        rows.Add(new SkuRow(line, draft));
                    }
                }
            }
            foreach (var p in rowProblems)
            {
                if (listed++ < MaxProblemsListed) problems.Add(p);
            }
        }
        if (listed > MaxProblemsListed)
            problems.Add(new(records[^1].Line, "", CatalogCodes.MoreProblems, listed - MaxProblemsListed));
        return new SkuFile(encoding, delimiter, rows, problems, records.Count - 1);
    }

    private static (string[] Columns, List<CatalogProblem> Problems) Columns(List<string> header)
    {
        var problems = new List<CatalogProblem>();
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        for (var c = columns.Length - 1; c >= 0 && columns[c] == ""; c--) columns = columns[..c]; // empty trailing header cells
        var known = Texts.Concat(Measures.Keys).ToHashSet();
        foreach (var column in columns.Where(c => !known.Contains(c)))
            problems.Add(column == "" ? new(1, "", CatalogCodes.UnnamedColumn)
                // A header that starts like a formula is not echoed: problem lists get exported to spreadsheets too.
                : CellText.Hostile(column) is not null ? new(1, "", CatalogCodes.UnsafeColumn, string.Join(", ", known))
                : new(1, "", CatalogCodes.UnknownColumn, CellText.Shown(column), string.Join(", ", known)));
        foreach (var dup in columns.GroupBy(c => c).Where(g => g.Key != "" && g.Count() > 1))
            problems.Add(new(1, dup.Key, CatalogCodes.ColumnTwice));
        foreach (var required in (string[])["sku", "name"])
            if (!columns.Contains(required)) problems.Add(new(1, required, CatalogCodes.MissingColumn));
        foreach (var field in (string[])["weight", "length", "width", "height"])
        {
            var given = Measures.Where(m => m.Value.Field == field && columns.Contains(m.Key)).Select(m => m.Key).ToList();
            if (given.Count == 0) problems.Add(new(1, $"{field}_{(field == "weight" ? "kg" : "cm")}", CatalogCodes.MissingMeasure, $"{field}_{(field == "weight" ? "g" : "mm")}"));
            if (given.Count > 1) problems.Add(new(1, string.Join("/", given), CatalogCodes.OneUnitOnly));
        }
        return (columns, problems);
    }

    private static string ColumnFor(string field, string[] columns) =>
        columns.FirstOrDefault(c => c == field || (Measures.TryGetValue(c, out var m) && m.Field == field)) ?? field;

    private static bool? Fragile(string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "" or "nie" or "no" or "n" or "0" or "false" or "fałsz" => false,
        "tak" or "yes" or "t" or "y" or "1" or "true" or "prawda" => true,
        _ => null,
    };

    private static SkuFile Refused(string encoding, char delimiter, CatalogProblem problem) => new(encoding, delimiter, [], [problem], 0);
}
