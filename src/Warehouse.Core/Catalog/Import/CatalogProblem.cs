namespace Warehouse.Core.Catalog.Import;

/// <summary>One problem with catalog input, where a person can find it: line (1 is the header; 0 for one SKU sent alone) and column or field.</summary>
public sealed record CatalogProblem(int Line, string Column, string Message)
{
    public string Where => (Line, Column) switch
    {
        (0, _) => Column,
        (_, "") => $"line {Line}",
        _ => $"line {Line}, {Column}",
    };
}
