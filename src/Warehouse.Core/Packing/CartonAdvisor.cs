using Warehouse.Core.Catalog;

namespace Warehouse.Core.Packing;

/// <summary>
/// Suggests the smallest carton whose inside fits every item (turned as needed), whose volume
/// holds the items within the fill factor, and whose load limit holds. Not exact 3D packing:
/// the fill factor stands in for the air a packer really leaves.
/// </summary>
public static class CartonAdvisor
{
    /// <summary>
    /// How full a carton may be for an eco-packaging order. Eco means no plastic fill (air pillows,
    /// foam): what air is left is filled with crumpled paper, which needs a snug box to hold the
    /// items still, so the carton is chosen tighter — the items may take up to 90% of it.
    /// </summary>
    public const double EcoFillFactor = 0.9;

    /// <summary>The fill factor for an order: the station's own, or <see cref="EcoFillFactor"/> when eco is asked and tighter.</summary>
    public static double FillFactorFor(bool ecoPackaging, double fillFactor) =>
        ecoPackaging ? Math.Max(fillFactor, EcoFillFactor) : fillFactor;

    /// <summary>The smallest carton that holds <paramref name="items"/>; for eco packaging, as tight as paper fill allows.</summary>
    public static CartonType? Suggest(IReadOnlyList<Sku> items, IEnumerable<CartonType> cartons, double fillFactor, bool ecoPackaging) =>
        Suggest(items, cartons, FillFactorFor(ecoPackaging, fillFactor));

    public static CartonType? Suggest(IReadOnlyList<Sku> items, IEnumerable<CartonType> cartons, double fillFactor)
    {
        if (items.Count == 0) return null;
        var volume = items.Sum(i => i.Size.VolumeMm3);
        var weight = items.Sum(i => i.WeightGrams);
        return cartons
            .OrderBy(c => c.Inner.VolumeMm3)
            .ThenBy(c => c.TareGrams)
            .FirstOrDefault(c =>
                items.All(i => i.Size.FitsInside(c.Inner)) &&
                volume <= c.Inner.VolumeMm3 * fillFactor &&
                weight + c.TareGrams <= c.MaxLoadGrams);
    }
}
