using Warehouse.Core.Catalog;

namespace Warehouse.Core.Packing;

/// <summary>
/// How many parcels an order needs, suggested before the first box: by weight and by volume against the
/// largest carton the order may use (the same fill factor as the carton advice). One when a single carton
/// takes everything; the packer accepts the suggestion by scanning <c>CMD:PARCELS:n</c>.
/// </summary>
public static class ParcelSuggestion
{
    public static int For(IReadOnlyList<Sku> items, IEnumerable<CartonType> cartons, double fillFactor)
    {
        if (items.Count == 0 || CartonAdvisor.Suggest(items, cartons, fillFactor) is not null) return 1;
        var largest = cartons.MaxBy(c => c.Inner.VolumeMm3);
        if (largest is null) return 1;
        var load = Math.Max(1, largest.MaxLoadGrams - largest.TareGrams);
        var byWeight = (int)Math.Ceiling(items.Sum(i => (long)i.WeightGrams) / (double)load);
        var room = Math.Max(1, largest.Inner.VolumeMm3 * fillFactor);
        var byVolume = (int)Math.Ceiling(items.Sum(i => i.Size.VolumeMm3) / room);
        return Math.Clamp(Math.Max(2, Math.Max(byWeight, byVolume)), 1, ParcelCounts.Max);
    }
}

/// <summary>The box on the table of a packing session: box <paramref name="Current"/> of <paramref name="Count"/>, and the suggested count.</summary>
public sealed record StationBoxes(int Current, int Count, int Suggested);
