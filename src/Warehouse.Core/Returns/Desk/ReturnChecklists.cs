namespace Warehouse.Core.Returns.Desk;

/// <summary>The checks a clerk goes through for a returned unit; the words live with the web edge's translations.</summary>
public static class ReturnCheckCodes
{
    public const string TagsAttached = "desk.check.tags_attached";
    public const string Unworn = "desk.check.unworn";
    public const string NoOdourOrStains = "desk.check.no_odour_or_stains";
    public const string PowersOn = "desk.check.powers_on";
    public const string AccessoriesComplete = "desk.check.accessories_complete";
    public const string SerialMatches = "desk.check.serial_matches";
    public const string SealIntact = "desk.check.seal_intact";
    public const string NoChipsOrCracks = "desk.check.no_chips_or_cracks";
    public const string Complete = "desk.check.complete";
    public const string NoDamage = "desk.check.no_damage";
}

/// <summary>
/// The returns desk's checklist per product category (<see cref="Catalog.Sku.Category"/>), as data: a
/// category not listed gets <see cref="Default"/>. Fixed on purpose (not configuration): a tick stored
/// with a unit must keep meaning what it meant when it was ticked. At most <see cref="MaxChecks"/> checks a
/// category, each ticked by its own command (<see cref="ReturnsDeskCheckCommands"/>).
/// </summary>
public static class ReturnChecklists
{
    public const int MaxChecks = 4;

    public static readonly IReadOnlyList<string> Default = [ReturnCheckCodes.Complete, ReturnCheckCodes.NoDamage];

    private static readonly IReadOnlyList<string> Clothing = [ReturnCheckCodes.TagsAttached, ReturnCheckCodes.Unworn, ReturnCheckCodes.NoOdourOrStains];
    private static readonly IReadOnlyList<string> Breakable = [ReturnCheckCodes.NoChipsOrCracks, ReturnCheckCodes.Complete];

    private static readonly Dictionary<string, IReadOnlyList<string>> ByCategory = new(StringComparer.OrdinalIgnoreCase)
    {
        ["clothing"] = Clothing,
        ["textiles"] = Clothing,
        ["electronics"] = [ReturnCheckCodes.PowersOn, ReturnCheckCodes.AccessoriesComplete, ReturnCheckCodes.SerialMatches, ReturnCheckCodes.SealIntact],
        ["glass"] = Breakable,
        ["ceramics"] = Breakable,
        ["cosmetics"] = [ReturnCheckCodes.SealIntact, ReturnCheckCodes.Complete, ReturnCheckCodes.NoDamage],
    };

    /// <summary>The checks for a unit of <paramref name="category"/> (none, or one not listed: the default ones).</summary>
    public static IReadOnlyList<string> For(string? category) =>
        category is not null && ByCategory.TryGetValue(category, out var checks) ? checks : Default;

    /// <summary>Every list, for the tests that hold the table to its limits.</summary>
    public static IEnumerable<IReadOnlyList<string>> All => ByCategory.Values.Append(Default);
}
