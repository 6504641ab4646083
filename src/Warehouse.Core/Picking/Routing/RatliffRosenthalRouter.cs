namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The shortest route on a single-block layout (front and back cross aisles only): Ratliff and
/// Rosenthal's dynamic program (1983), linear in the number of aisles.
/// </summary>
public sealed class RatliffRosenthalRouter : IPickRouter
{
    public PickRoute Route(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        if (layout.Blocks != 1)
            throw new ArgumentException($"Ratliff–Rosenthal routes single-block layouts; this one has {layout.Blocks} blocks.", nameof(layout));
        return AisleSweep.Route(layout, picks).Route;
    }
}
