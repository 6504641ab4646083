using Warehouse.Core.Catalog;

namespace Warehouse.Core.Packing;

/// <summary>
/// Suggests the smallest carton whose inside fits every item (turned as needed), whose volume
/// holds the items within the fill factor, and whose load limit holds. Not exact 3D packing:
/// the fill factor stands in for the air a packer really leaves.
/// </summary>
public static class CartonAdvisor
{
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
