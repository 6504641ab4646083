using Warehouse.Core.Picking.Routing;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking;

/// <summary>A stored zone as the router sees it. Picking stands on stock, never the other way round.</summary>
public static class ZoneLayouts
{
    public static PickLayout For(ZoneLayout zone) => new(zone.AisleXMm, zone.AisleLengthMm, new PickDepot(zone.DepotXMm, zone.DepotYMm),
        zone.CrossAisleYMm.Count == 3 ? zone.CrossAisleYMm[1] : null);

    public static PickPoint At(LocationPlace location) =>
        new(location.Aisle, location.YMm, location.Side == LocationSide.Right ? PickSide.Right : PickSide.Left);
}
