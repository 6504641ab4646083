namespace Warehouse.Core.Picking.Handheld;

/// <summary>Pick list numbers as printed on the cart ticket: PL-000123 (any case).</summary>
internal static class ListNumbers
{
    public static int? TryParse(string code) =>
        code.StartsWith("PL-", StringComparison.OrdinalIgnoreCase) ? PickListQueries.ParseId(code) : null;
}
