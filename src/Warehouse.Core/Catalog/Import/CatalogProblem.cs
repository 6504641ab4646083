using Warehouse.Core.Floor;

namespace Warehouse.Core.Catalog.Import;

/// <summary>
/// One problem with catalog input, where a person can find it: line (1 is the header; 0 for one SKU
/// sent alone) and column or field, and why as a code with arguments (<see cref="CatalogCodes"/>),
/// which the pages show in the reader's language.
/// </summary>
public sealed record CatalogProblem(int Line, string Column, FloorMessage Why)
{
    public CatalogProblem(int line, string column, string code, params object[] args)
        : this(line, column, new FloorMessage(code, [.. args.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "")]))
    {
    }

    public string Where => (Line, Column) switch
    {
        (0, _) => Column,
        (_, "") => $"line {Line}",
        _ => $"line {Line}, {Column}",
    };
}
