namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// One of the six ways an optimal tour can use the part of an aisle between two neighbouring cross
/// aisles (Ratliff &amp; Rosenthal 1983): not at all, through once, through twice, in and back from
/// the lower end, in and back from the upper end, or in and back from both ends leaving the largest
/// gap between two picks unwalked. Degrees are the edges it adds at its lower and upper ends.
/// </summary>
internal readonly record struct SubAisleVisit(
    int LowerDegree, int UpperDegree, bool JoinsEnds, long LengthMm,
    long LowerReachMm, long UpperReachMm, bool Twice = false)
{
    /// <summary>The ways worth considering for a sub-aisle from <paramref name="lowerMm"/> to <paramref name="upperMm"/> with these picks (sorted, distinct, strictly inside).</summary>
    public static SubAisleVisit[] For(long lowerMm, long upperMm, IReadOnlyList<long> picksMm)
    {
        var length = upperMm - lowerMm;
        var through = new SubAisleVisit(1, 1, true, length, upperMm, lowerMm);
        var twice = through with { LowerDegree = 2, UpperDegree = 2, LengthMm = 2 * length, Twice = true };
        if (picksMm.Count == 0)
            return [new(0, 0, false, 0, long.MinValue, long.MaxValue), through, twice];

        var first = picksMm[0];
        var last = picksMm[^1];
        var fromLower = new SubAisleVisit(2, 0, false, 2 * (last - lowerMm), last, long.MaxValue);
        var fromUpper = new SubAisleVisit(0, 2, false, 2 * (upperMm - first), long.MinValue, first);
        if (picksMm.Count == 1)
            return [through, twice, fromLower, fromUpper];

        var gapAt = 0;
        for (var i = 1; i < picksMm.Count - 1; i++)
        {
            if (picksMm[i + 1] - picksMm[i] > picksMm[gapAt + 1] - picksMm[gapAt]) gapAt = i;
        }
        var below = picksMm[gapAt];
        var above = picksMm[gapAt + 1];
        var bothEnds = new SubAisleVisit(2, 2, false, 2 * (below - lowerMm) + 2 * (upperMm - above), below, above);
        return [through, twice, fromLower, fromUpper, bothEnds];
    }

    /// <summary>How often the walk crosses the stretch from <paramref name="fromMm"/> up to <paramref name="toMm"/>.</summary>
    public int TimesOver(long fromMm, long toMm)
    {
        if (LowerDegree == 1) return 1;
        if (Twice) return 2;
        return (toMm <= LowerReachMm ? 2 : 0) + (fromMm >= UpperReachMm ? 2 : 0);
    }
}
