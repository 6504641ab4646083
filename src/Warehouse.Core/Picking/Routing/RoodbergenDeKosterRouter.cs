namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The shortest route on a two-block layout (front, middle and back cross aisles): Roodbergen and
/// De Koster's exact dynamic program (2001), the aisle sweep with a vertex on the middle cross
/// aisle as well. Still linear in the number of aisles.
/// </summary>
public sealed class RoodbergenDeKosterRouter : IPickRouter
{
    public PickRoute Route(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        if (layout.Blocks != 2)
            throw new ArgumentException($"Roodbergen–De Koster routes two-block layouts; this one has {layout.Blocks} block(s).", nameof(layout));
        return AisleSweep.Route(layout, picks).Route;
    }
}
