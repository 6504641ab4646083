namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The layout turned so the heuristics can be written the way the literature states them: the
/// depot on the front cross aisle, and the end of the pick aisles nearer the depot on the left
/// (de Koster et al.: with a central depot, S-shape starts at whichever end is closer). Turning
/// changes no distance; pick indexes stay the same, so a route in the view is a route here.
/// </summary>
internal sealed record FrontView(PickLayout Layout, IReadOnlyList<PickPoint> Picks)
{
    public static FrontView Of(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        var length = layout.AisleLengthMm;
        var flipY = layout.Depot.YMm != 0;
        var leftmost = layout.AisleXMm[picks.Min(p => p.Aisle)];
        var rightmost = layout.AisleXMm[picks.Max(p => p.Aisle)];
        var flipX = rightmost - layout.Depot.XMm < layout.Depot.XMm - leftmost;
        if (!flipX && !flipY) return new(layout, picks);

        var last = layout.Aisles - 1;
        var aisles = flipX ? layout.AisleXMm.Reverse().Select(x => -x).ToArray() : layout.AisleXMm;
        long? middle = layout.Blocks == 2 ? (flipY ? length - layout.CrossAisleYMm[1] : layout.CrossAisleYMm[1]) : null;
        var depot = PickDepot.Front(flipX ? -layout.Depot.XMm : layout.Depot.XMm);
        var turned = picks
            .Select(p => p with { Aisle = flipX ? last - p.Aisle : p.Aisle, YMm = flipY ? length - p.YMm : p.YMm })
            .ToArray();
        return new(new PickLayout(aisles, length, depot, middle), turned);
    }
}
