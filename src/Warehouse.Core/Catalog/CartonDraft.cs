using System.Text.RegularExpressions;
using Warehouse.Core.Catalog.Import;

namespace Warehouse.Core.Catalog;

/// <summary>A carton type as the cartons page sends it, checked once: whole millimetres and grams.</summary>
public sealed partial record CartonDraft(string Code, string Name, Dimensions Inner, Dimensions Outer, int TareGrams, int MaxLoadGrams, bool Active)
{
    public const int MaxSideMm = 3000;
    public const int MaxLoad = 1_000_000;

    public sealed record Fields(string? Code, string? Name, long? InnerLength, long? InnerWidth, long? InnerHeight,
        long? OuterLength, long? OuterWidth, long? OuterHeight, long? TareGrams, long? MaxLoadGrams, bool Active);

    public static (CartonDraft? Draft, List<CatalogProblem> Problems) Check(Fields f)
    {
        var problems = new List<CatalogProblem>();
        void Problem(string field, string code, params object[] args) => problems.Add(new(0, field, code, args));

        var code = f.Code?.Trim().ToUpperInvariant() ?? "";
        if (!CodeFormat().IsMatch(code)) Problem("code", CatalogCodes.CartonCodeFormat);
        var name = f.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100) Problem("name", CatalogCodes.CartonNameLength);
        else if (CellText.Hostile(name) is { } why) problems.Add(new(0, "name", why));

        var inner = new Dimensions(Side("inner_length", f.InnerLength), Side("inner_width", f.InnerWidth), Side("inner_height", f.InnerHeight));
        var outer = new Dimensions(Side("outer_length", f.OuterLength), Side("outer_width", f.OuterWidth), Side("outer_height", f.OuterHeight));
        if (problems.Count == 0 && !inner.FitsInside(outer)) Problem("outer_length", CatalogCodes.CartonOuterSmaller);
        var tare = Grams("tare", f.TareGrams, 0, MaxLoad);
        var max = Grams("max_load", f.MaxLoadGrams, 1, MaxLoad);
        if (f.TareGrams is not null && f.MaxLoadGrams is not null && max <= tare && max > 0) Problem("max_load", CatalogCodes.CartonLoadUnderTare);

        return problems.Count > 0 ? (null, problems) : (new CartonDraft(code, name, inner, outer, tare, max, f.Active), problems);

        int Side(string field, long? mm)
        {
            if (mm is null) { Problem(field, CatalogCodes.CartonSideRequired); return 0; }
            if (mm is < 1 or > MaxSideMm) { Problem(field, CatalogCodes.CartonSideRange, MaxSideMm); return 0; }
            return (int)mm.Value;
        }

        int Grams(string field, long? g, int min, int limit)
        {
            if (g is null) { Problem(field, CatalogCodes.CartonGramsRequired); return 0; }
            if (g < min || g > limit) { Problem(field, CatalogCodes.CartonGramsRange, min, limit); return 0; }
            return (int)g.Value;
        }
    }

    public void ApplyTo(CartonType carton)
    {
        carton.Name = Name;
        carton.Inner = Inner;
        carton.Outer = Outer;
        carton.TareGrams = TareGrams;
        carton.MaxLoadGrams = MaxLoadGrams;
        carton.Active = Active;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,19}$")]
    private static partial Regex CodeFormat();
}
