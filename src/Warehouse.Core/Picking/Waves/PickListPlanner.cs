using Warehouse.Core.Picking.Routing;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Waves;

/// <summary>An order of a wave with the pick lines its allocation gave it.</summary>
public sealed record AllocatedOrder(int OrderId, string OrderNumber, int Position, IReadOnlyList<PickLine> Lines);

/// <summary>
/// Cuts a wave's allocated orders into pick lists — one order per list (single), or carts of
/// <c>totesPerCart</c> orders (batch), one list per zone a cart visits — and sequences each list by the
/// zone's exact router. Pure: the release stores what it returns, the preview only shows it.
/// </summary>
public static class PickListPlanner
{
    public static List<PickList> Plan(int waveId, PickingMode mode, int totesPerCart, IReadOnlyList<AllocatedOrder> orders,
        IReadOnlyList<ZoneLayout> zones, DateTime now)
    {
        var zoneByCode = zones.ToDictionary(z => z.Code, StringComparer.Ordinal);
        var places = zones.SelectMany(z => z.Locations).ToDictionary(l => l.Code, StringComparer.Ordinal);
        var cartSize = mode == PickingMode.Single ? 1 : totesPerCart;
        var lists = new List<PickList>();
        foreach (var cart in orders.OrderBy(o => o.Position).Chunk(cartSize))
        {
            var slots = cart.Select((o, i) => (Order: o, Slot: i + 1)).ToList();
            foreach (var zone in slots.SelectMany(s => s.Order.Lines.Select(l => l.ZoneCode)).Distinct().Order(StringComparer.Ordinal))
            {
                var lines = new List<PickLine>();
                var totes = new List<PickListTote>();
                foreach (var (order, slot) in slots)
                {
                    var here = order.Lines.Where(l => l.ZoneCode == zone).ToList();
                    if (here.Count == 0) continue;
                    totes.Add(new PickListTote { Slot = slot, OrderId = order.OrderId, OrderNumber = order.OrderNumber });
                    foreach (var line in here) line.ToteSlot = slot;
                    lines.AddRange(here);
                }
                var plan = PickRouting.Plan(ZoneLayouts.For(zoneByCode[zone]), lines.Select(l => ZoneLayouts.At(places[l.LocationCode])).ToList());
                for (var stop = 0; stop < plan.Route.Sequence.Count; stop++) lines[plan.Route.Sequence[stop]].Sequence = stop + 1;
                lists.Add(PickList.Plan(waveId, zone, now, plan.Method, plan.Route.LengthMm, plan.SShapeLengthMm, plan.LargestGapLengthMm,
                    totes, lines.OrderBy(l => l.Sequence).ToList()));
            }
        }
        return lists;
    }
}
