using System.Text.RegularExpressions;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Catalog.Import;

/// <summary>
/// One SKU as an import or the API sends it, checked once at the edge (whole grams and millimetres);
/// the CSV upload and <c>PUT /api/skus/{sku}</c> share these rules, so both refuse the same things
/// with the same words.
/// </summary>
public sealed partial record SkuDraft(string Code, string Name, string? Gtin, int WeightGrams, Dimensions Size, bool Fragile, string? Category)
{
    public const int MaxNameLength = 120;
    public const int MaxCategoryLength = 40;
    public const int MaxWeightGrams = 1_000_000; // a tonne: nothing heavier goes through a packing table
    public const int MaxSideMm = 10_000;

    /// <summary>What a field holds before it is checked; numbers already in grams and millimetres.</summary>
    public sealed record Fields(string? Code, string? Name, string? Gtin, long? WeightGrams, long? LengthMm, long? WidthMm, long? HeightMm, bool Fragile, string? Category);

    /// <summary>The draft, or every problem with it (field names as given in <paramref name="names"/>).</summary>
    public static (SkuDraft? Draft, List<CatalogProblem> Problems) Check(Fields f, int line = 0, Func<string, string>? names = null)
    {
        names ??= n => n;
        var problems = new List<CatalogProblem>();
        void Problem(string field, string code, params object[] args) => problems.Add(new(line, names(field), code, args));
        void Refuse(string field, FloorMessage why) => problems.Add(new(line, names(field), why));

        var code = f.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0) Problem("sku", CatalogCodes.Required);
        else if (!CodeFormat().IsMatch(code)) Problem("sku", CatalogCodes.SkuFormat);

        var name = f.Name?.Trim() ?? "";
        if (name.Length == 0) Problem("name", CatalogCodes.Required);
        else if (name.Length > MaxNameLength) Problem("name", CatalogCodes.NameTooLong, MaxNameLength, name.Length);
        else if (CellText.Hostile(name) is { } why) Refuse("name", why);

        string? gtin = null;
        var gtinText = f.Gtin?.Trim() ?? "";
        if (gtinText.Length > 0)
        {
            if (Barcodes.Gtin.TryParse(gtinText, out var parsed)) gtin = parsed.Value;
            else if (gtinText.Contains('E', StringComparison.OrdinalIgnoreCase) && gtinText.Any(char.IsDigit)) Problem("gtin", CatalogCodes.GtinRounded);
            else if (Barcodes.Gtin.LooksLikeGtinWithBadCheckDigit(gtinText)) Problem("gtin", CatalogCodes.GtinCheckDigit, CellText.Shown(gtinText));
            else Problem("gtin", CatalogCodes.GtinFormat);
        }

        var weight = Whole("weight", f.WeightGrams, 1, MaxWeightGrams, "g");
        var length = Whole("length", f.LengthMm, 1, MaxSideMm, "mm");
        var width = Whole("width", f.WidthMm, 1, MaxSideMm, "mm");
        var height = Whole("height", f.HeightMm, 1, MaxSideMm, "mm");

        var category = f.Category?.Trim() is { Length: > 0 } c ? c : null;
        if (category is not null)
        {
            if (category.Length > MaxCategoryLength) Problem("category", CatalogCodes.CategoryTooLong, MaxCategoryLength);
            else if (CellText.Hostile(category) is { } why) Refuse("category", why);
        }

        return problems.Count > 0
            ? (null, problems)
            : (new SkuDraft(code, name, gtin, weight, new Dimensions(length, width, height), f.Fragile, category), problems);

        int Whole(string field, long? value, int min, int max, string unit)
        {
            if (value is null) { Problem(field, CatalogCodes.Required); return 0; }
            if (value < min || value > max) { Problem(field, CatalogCodes.OutOfRange, min, max, unit, value); return 0; }
            return (int)value.Value;
        }
    }

    /// <summary>Writes the draft onto a stored SKU; true when anything changed.</summary>
    public bool ApplyTo(Sku sku)
    {
        var changed = sku.Name != Name || sku.Gtin != Gtin || sku.WeightGrams != WeightGrams || sku.Size != Size || sku.Fragile != Fragile || sku.Category != Category;
        sku.Name = Name;
        sku.Gtin = Gtin;
        sku.WeightGrams = WeightGrams;
        sku.Size = Size;
        sku.Fragile = Fragile;
        sku.Category = Category;
        return changed;
    }

    public Sku ToSku() => new() { Code = Code, Name = Name, Gtin = Gtin, WeightGrams = WeightGrams, Size = Size, Fragile = Fragile, Category = Category };

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]{0,39}$")]
    private static partial Regex CodeFormat();
}
