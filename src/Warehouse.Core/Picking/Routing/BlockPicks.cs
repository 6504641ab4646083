namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// What is left to pick, per block and aisle, for the heuristics that work block by block.
/// Block 0 is the front one; a pick exactly on the middle cross aisle counts to the block below it.
/// </summary>
internal sealed class BlockPicks
{
    private readonly PickLayout _layout;
    private readonly IReadOnlyList<PickPoint> _picks;
    private readonly List<int>[,] _left;
    private readonly SortedSet<int>[] _aisles;

    public BlockPicks(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        _layout = layout;
        _picks = picks;
        _left = new List<int>[layout.Blocks, layout.Aisles];
        _aisles = Enumerable.Range(0, layout.Blocks).Select(_ => new SortedSet<int>()).ToArray();
        for (var b = 0; b < layout.Blocks; b++)
        {
            for (var a = 0; a < layout.Aisles; a++) _left[b, a] = [];
        }
        foreach (var i in Enumerable.Range(0, picks.Count).OrderBy(i => picks[i].YMm))
        {
            var block = Enumerable.Range(0, layout.Blocks).First(b => picks[i].YMm <= layout.CrossAisleYMm[b + 1]);
            _left[block, picks[i].Aisle].Add(i);
            _aisles[block].Add(picks[i].Aisle);
        }
    }

    public int LeftmostAisle => _aisles.Where(a => a.Count > 0).Min(a => a.Min);

    public int FarthestBlock => Array.FindLastIndex(_aisles, a => a.Count > 0);

    /// <summary>The aisles of a block with picks still to make, left to right (live: taking changes it).</summary>
    public SortedSet<int> Aisles(int block) => _aisles[block];

    /// <summary>All that is left in a sub-aisle, front to back.</summary>
    public List<int> Take(int block, int aisle)
    {
        var taken = _left[block, aisle];
        _left[block, aisle] = [];
        _aisles[block].Remove(aisle);
        return taken;
    }

    /// <summary>
    /// The picks of a sub-aisle beyond its largest gap, back to front: what the largest-gap walk
    /// takes from the back cross aisle. Gaps count from the front and back of the block as well;
    /// when the back gap is the largest, nothing is taken.
    /// </summary>
    public List<int> TakeBeyondLargestGap(int block, int aisle)
    {
        var left = _left[block, aisle];
        var (front, back) = (_layout.CrossAisleYMm[block], _layout.CrossAisleYMm[block + 1]);
        var cut = left.Count;
        var largest = back - _picks[left[^1]].YMm;
        for (var i = left.Count - 1; i >= 0; i--)
        {
            var gap = _picks[left[i]].YMm - (i == 0 ? front : _picks[left[i - 1]].YMm);
            if (gap > largest) (largest, cut) = (gap, i);
        }
        var taken = left[cut..];
        taken.Reverse();
        left.RemoveRange(cut, left.Count - cut);
        if (left.Count == 0) _aisles[block].Remove(aisle);
        return taken;
    }
}
