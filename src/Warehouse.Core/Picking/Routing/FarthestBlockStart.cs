namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// How S-shape and largest gap begin on a layout of one or more blocks (Roodbergen &amp; De Koster
/// 2001, steps 1–4): to the front of the leftmost pick aisle, up it to the farthest block with
/// picks (picking on the way), right to that block's first pick sub-aisle, and through it — or in
/// and back when it is the block's only one. Returns the block to carry on with; the walker then
/// stands on that block's back cross aisle.
/// </summary>
internal static class FarthestBlockStart
{
    public static int Walk(Walk walk, BlockPicks left, PickLayout layout)
    {
        var (x, y) = (layout.AisleXMm, layout.CrossAisleYMm);
        var leftmost = left.LeftmostAisle;
        var farthest = left.FarthestBlock;
        walk.Across(x[leftmost]);
        for (var block = 0; block < farthest; block++) walk.Pick(left.Take(block, leftmost));
        walk.Along(y[farthest]);

        var first = left.Aisles(farthest).Min;
        var only = left.Aisles(farthest).Count == 1;
        walk.Across(x[first]);
        walk.Pick(left.Take(farthest, first));
        if (only)
        {
            walk.Along(y[farthest]);
            return farthest - 1;
        }
        walk.Along(y[farthest + 1]);
        return farthest;
    }
}
