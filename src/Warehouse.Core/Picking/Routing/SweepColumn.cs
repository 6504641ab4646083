namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// One step of the sweep, left to right: an aisle, or the depot's own spot on a cross aisle when
/// it does not face an aisle (a column nothing can walk up). Its picks are split into sub-aisles
/// between neighbouring cross aisles; a pick standing exactly on a cross aisle, and the depot,
/// make that crossing a vertex the tour must pass.
/// </summary>
internal sealed record SweepColumn(long XMm, bool IsAisle, long[][] SubAislePicksMm, SubAisleVisit[][] Ways, bool[] Required)
{
    public static (SweepColumn[] Columns, int[] ColumnOfAisle, int DepotColumn) Build(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        var crossAisles = layout.CrossAisleYMm;
        var columns = new List<SweepColumn>();
        var columnOfAisle = new int[layout.Aisles];
        var depotColumn = -1;
        var byAisle = picks.ToLookup(p => p.Aisle, p => p.YMm);
        for (var aisle = 0; aisle < layout.Aisles; aisle++)
        {
            var x = layout.AisleXMm[aisle];
            if (depotColumn < 0 && layout.Depot.XMm < x)
            {
                depotColumn = columns.Count;
                columns.Add(DepotOnly(layout));
            }
            if (layout.Depot.XMm == x) depotColumn = columns.Count;
            columnOfAisle[aisle] = columns.Count;

            var inAisle = byAisle[aisle].Distinct().Order().ToArray();
            var subAisles = new long[crossAisles.Count - 1][];
            var ways = new SubAisleVisit[crossAisles.Count - 1][];
            for (var k = 0; k < subAisles.Length; k++)
            {
                var (lower, upper) = (crossAisles[k], crossAisles[k + 1]);
                subAisles[k] = inAisle.Where(y => y > lower && y < upper).ToArray();
                ways[k] = SubAisleVisit.For(lower, upper, subAisles[k]);
            }
            var required = crossAisles.Select(y => inAisle.Contains(y) || (layout.Depot.XMm == x && layout.Depot.YMm == y)).ToArray();
            columns.Add(new SweepColumn(x, true, subAisles, ways, required));
        }
        return (columns.ToArray(), columnOfAisle, depotColumn);
    }

    private static SweepColumn DepotOnly(PickLayout layout)
    {
        var crossAisles = layout.CrossAisleYMm;
        var nothing = new SubAisleVisit(0, 0, false, 0, long.MinValue, long.MaxValue);
        return new SweepColumn(
            layout.Depot.XMm,
            false,
            Enumerable.Range(0, crossAisles.Count - 1).Select(_ => Array.Empty<long>()).ToArray(),
            Enumerable.Range(0, crossAisles.Count - 1).Select(_ => new[] { nothing }).ToArray(),
            crossAisles.Select(y => y == layout.Depot.YMm).ToArray());
    }
}
