namespace Warehouse.Core.Catalog.Import;

/// <summary>A catalog CSV as read: the good rows, every problem, and how it was read (for the preview).</summary>
public sealed record SkuFile(string Encoding, char Delimiter, IReadOnlyList<SkuRow> Rows, IReadOnlyList<CatalogProblem> Problems, int DataLines)
{
    public bool CanImport => Problems.Count == 0 && Rows.Count > 0;
}

/// <summary>One good row of the file and the line it came from.</summary>
public sealed record SkuRow(int Line, SkuDraft Sku);
