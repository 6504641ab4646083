namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The S-shape (traversal) baseline, as most commercial tools walk: every sub-aisle with a pick
/// is walked end to end, the last one of a block in and back when it is entered from the front
/// (Hall 1993; for several blocks, Roodbergen &amp; De Koster 2001: block by block from the
/// farthest, each block from the nearer end of its pick aisles).
/// </summary>
public sealed class SShapeRouter : IPickRouter
{
    public PickRoute Route(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        layout.Check(picks);
        if (picks.Count == 0) return PickRoute.Empty;
        var view = FrontView.Of(layout, picks);
        var (x, y) = (view.Layout.AisleXMm, view.Layout.CrossAisleYMm);
        var walk = new Walk(view.Layout, view.Picks);
        var left = new BlockPicks(view.Layout, view.Picks);

        // The walker stands on the back cross aisle of `block`, in an aisle.
        for (var block = FarthestBlockStart.Walk(walk, left, view.Layout); block >= 0; block--)
        {
            var aisles = left.Aisles(block);
            if (aisles.Count == 0)
            {
                walk.Along(y[block]);
                continue;
            }
            var start = Math.Abs(x[aisles.Min] - walk.XMm) <= Math.Abs(x[aisles.Max] - walk.XMm) ? aisles.Min : aisles.Max;
            walk.Across(x[start]);
            walk.Pick(Enumerable.Reverse(left.Take(block, start)));
            walk.Along(y[block]);
            while (aisles.Count > 0)
            {
                var next = aisles.MinBy(a => Math.Abs(x[a] - walk.XMm));
                walk.Across(x[next]);
                var fromBack = walk.YMm == y[block + 1];
                var here = left.Take(block, next);
                if (fromBack)
                {
                    walk.Pick(Enumerable.Reverse(here));
                    walk.Along(y[block]);
                }
                else
                {
                    walk.Pick(here);
                    walk.Along(aisles.Count == 0 ? y[block] : y[block + 1]);
                }
            }
        }
        return walk.Home(picks);
    }
}
