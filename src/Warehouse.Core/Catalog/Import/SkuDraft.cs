using System.Text.RegularExpressions;
using Warehouse.Core.Barcodes;

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
        void Problem(string field, string message) => problems.Add(new(line, names(field), message));

        var code = f.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0) Problem("sku", "required");
        else if (!CodeFormat().IsMatch(code)) Problem("sku", "1 to 40 letters A-Z, digits, '-', '_' or '.', starting with a letter or digit (what a shelf label's barcode carries)");

        var name = f.Name?.Trim() ?? "";
        if (name.Length == 0) Problem("name", "required");
        else if (name.Length > MaxNameLength) Problem("name", $"at most {MaxNameLength} characters (it is printed on labels), not {name.Length}");
        else if (CellText.Hostile(name) is { } why) Problem("name", why);

        string? gtin = null;
        var gtinText = f.Gtin?.Trim() ?? "";
        if (gtinText.Length > 0)
        {
            if (Barcodes.Gtin.TryParse(gtinText, out var parsed)) gtin = parsed.Value;
            else if (gtinText.Contains('E', StringComparison.OrdinalIgnoreCase) && gtinText.Any(char.IsDigit)) Problem("gtin", "written as a rounded number (like 5,90123E+12): format the column as text in the spreadsheet and export again");
            else if (Barcodes.Gtin.LooksLikeGtinWithBadCheckDigit(gtinText)) Problem("gtin", $"the check digit of {CellText.Shown(gtinText)} is wrong (a typing error or a number Excel rounded)");
            else Problem("gtin", "8, 12, 13 or 14 digits (EAN-8, UPC-A, EAN-13, GTIN-14), or empty");
        }

        var weight = Whole("weight", f.WeightGrams, 1, MaxWeightGrams, "g");
        var length = Whole("length", f.LengthMm, 1, MaxSideMm, "mm");
        var width = Whole("width", f.WidthMm, 1, MaxSideMm, "mm");
        var height = Whole("height", f.HeightMm, 1, MaxSideMm, "mm");

        var category = f.Category?.Trim() is { Length: > 0 } c ? c : null;
        if (category is not null)
        {
            if (category.Length > MaxCategoryLength) Problem("category", $"at most {MaxCategoryLength} characters");
            else if (CellText.Hostile(category) is { } why) Problem("category", why);
        }

        return problems.Count > 0
            ? (null, problems)
            : (new SkuDraft(code, name, gtin, weight, new Dimensions(length, width, height), f.Fragile, category), problems);

        int Whole(string field, long? value, int min, int max, string unit)
        {
            if (value is null) { Problem(field, "required"); return 0; }
            if (value < min || value > max) { Problem(field, $"from {min} to {max} {unit}, not {value} {unit}"); return 0; }
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
