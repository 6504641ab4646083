namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The S-shape (traversal) baseline, as most commercial tools walk: every sub-aisle with a pick
/// is walked end to end, the last one of a block in and back when it is entered from the front
/// (Hall 1993; for several blocks, Roodbergen &amp; De Koster 2001: block by block from the
/// farthest, each block from the nearer end of its pick aisles).
/// </summary>
public sealed class SShapeRouter : BlockByBlockRouter
{
    private protected override void WalkBlock(Walk walk, BlockPicks left, int block, SortedSet<int> aisles, IReadOnlyList<long> x, IReadOnlyList<long> y)
    {
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
}
