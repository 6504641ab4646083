namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The largest-gap baseline (Hall 1993; for several blocks, Roodbergen &amp; De Koster 2001): in each
/// block one pick sub-aisle at an end is walked through; every other one is entered from the back
/// and from the front, each up to its largest gap (between two picks, or a pick and an end of
/// the block), which is never walked. Blocks are done from the farthest to the front.
/// </summary>
public sealed class LargestGapRouter : BlockByBlockRouter
{
    private protected override void WalkBlock(Walk walk, BlockPicks left, int block, SortedSet<int> aisles, IReadOnlyList<long> x, IReadOnlyList<long> y)
    {
        // Through the pick aisle farthest from here; on the way, the others' back parts.
        var through = Math.Abs(x[aisles.Min] - walk.XMm) > Math.Abs(x[aisles.Max] - walk.XMm) ? aisles.Min : aisles.Max;
        var others = aisles.Where(a => a != through).ToList();
        if (x[through] < walk.XMm) others.Reverse();
        foreach (var aisle in others)
        {
            var fromBack = left.TakeBeyondLargestGap(block, aisle);
            if (fromBack.Count == 0) continue;
            walk.Across(x[aisle]);
            walk.Pick(fromBack);
            walk.Along(y[block + 1]);
        }
        walk.Across(x[through]);
        walk.Pick(Enumerable.Reverse(left.Take(block, through)));
        walk.Along(y[block]);
        // Back along the front of the block: the front parts, nearest first.
        foreach (var aisle in aisles.OrderBy(a => Math.Abs(x[a] - x[through])).ToList())
        {
            walk.Across(x[aisle]);
            walk.Pick(left.Take(block, aisle));
            walk.Along(y[block]);
        }
    }
}
