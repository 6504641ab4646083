namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The baselines' common walk (Roodbergen &amp; De Koster 2001 for several blocks): from the
/// farthest block with picks to the front, a block without picks crossed along an aisle, a block
/// with picks walked by the baseline's own rule.
/// </summary>
public abstract class BlockByBlockRouter : IPickRouter
{
    public PickRoute Route(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        layout.Check(picks);
        if (picks.Count == 0) return PickRoute.Empty;
        var view = FrontView.Of(layout, picks);
        var walk = new Walk(view.Layout, view.Picks);
        var left = new BlockPicks(view.Layout, view.Picks);

        // The walker stands on the back cross aisle of `block`, in an aisle.
        for (var block = FarthestBlockStart.Walk(walk, left, view.Layout); block >= 0; block--)
        {
            var aisles = left.Aisles(block);
            if (aisles.Count == 0) walk.Along(view.Layout.CrossAisleYMm[block]);
            else WalkBlock(walk, left, block, aisles, view.Layout.AisleXMm, view.Layout.CrossAisleYMm);
        }
        return walk.Home(picks);
    }

    /// <summary>
    /// One block with picks in <paramref name="aisles"/>, from its back cross aisle
    /// (<c>y[block + 1]</c>) to its front one (<c>y[block]</c>), taking every pick in it.
    /// </summary>
    private protected abstract void WalkBlock(Walk walk, BlockPicks left, int block, SortedSet<int> aisles, IReadOnlyList<long> x, IReadOnlyList<long> y);
}
