using Warehouse.Core.Data;
using Warehouse.Core.Picking.Routing;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// A list that gained lines mid-walk: its undone lines routed again by the zone's exact router, numbered after
/// every done line. The router walks from the depot, not from where the picker stands: the tour it finds is the
/// shortest closed one through what is left, which the picker joins at its first stop.
/// </summary>
internal static class Resequencing
{
    public static async Task RunAsync(WarehouseDb db, PickList list, CancellationToken ct)
    {
        var zone = await LayoutQueries.ZoneAsync(db, list.ZoneCode, ct) ?? throw new InvalidOperationException($"No zone {list.ZoneCode}.");
        var places = zone.Locations.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var undone = list.Lines.Where(l => !l.IsDone).ToList();
        var after = list.Lines.Where(l => l.IsDone).Select(l => l.Sequence).DefaultIfEmpty(0).Max();
        var layout = ZoneLayouts.For(zone);
        var route = PickRouting.RouterFor(layout).Route(layout, undone.Select(l => ZoneLayouts.At(places[l.LocationCode])).ToList());
        for (var stop = 0; stop < route.Sequence.Count; stop++) undone[route.Sequence[stop]].Sequence = after + stop + 1;
    }
}
