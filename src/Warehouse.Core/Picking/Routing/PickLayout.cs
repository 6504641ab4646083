namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The floor as the router sees it: parallel aisles, left to right, each a centre line at its x;
/// cross aisles across all of them at the front (y = 0), at the back (y = aisle length) and, for a
/// two-block layout, in the middle. Aisle and cross-aisle widths are not walked: the picker keeps
/// to the centre lines and reaches both pick faces from there. Checked once, here; routers trust it.
/// </summary>
public sealed class PickLayout
{
    public PickLayout(IReadOnlyList<long> aisleXMm, long aisleLengthMm, PickDepot depot, long? middleCrossAisleYMm = null)
    {
        if (aisleXMm.Count == 0)
            throw new ArgumentException("A pick layout needs at least one aisle.", nameof(aisleXMm));
        for (var i = 1; i < aisleXMm.Count; i++)
        {
            if (aisleXMm[i] <= aisleXMm[i - 1])
                throw new ArgumentException(
                    $"Aisles go left to right at distinct x: aisle {i} at {aisleXMm[i]} mm is not right of aisle {i - 1} at {aisleXMm[i - 1]} mm.",
                    nameof(aisleXMm));
        }
        if (aisleLengthMm <= 0)
            throw new ArgumentException($"The aisle length must be positive, got {aisleLengthMm} mm.", nameof(aisleLengthMm));
        if (middleCrossAisleYMm is { } middle && (middle <= 0 || middle >= aisleLengthMm))
            throw new ArgumentException(
                $"The middle cross aisle must cross the aisles between their ends (0 < y < {aisleLengthMm} mm), got {middle} mm.",
                nameof(middleCrossAisleYMm));
        if (depot.YMm != 0 && depot.YMm != aisleLengthMm)
            throw new ArgumentException(
                $"The depot must stand on the front (y = 0) or the back (y = {aisleLengthMm} mm) cross aisle, got y = {depot.YMm} mm.",
                nameof(depot));
        if (depot.XMm < aisleXMm[0] || depot.XMm > aisleXMm[^1])
            throw new ArgumentException(
                $"The depot at x = {depot.XMm} mm is off the cross aisle, which runs from {aisleXMm[0]} to {aisleXMm[^1]} mm.",
                nameof(depot));

        AisleXMm = aisleXMm.ToArray();
        AisleLengthMm = aisleLengthMm;
        Depot = depot;
        CrossAisleYMm = middleCrossAisleYMm is { } m ? [0, m, aisleLengthMm] : [0, aisleLengthMm];
    }

    /// <summary>Aisle centre lines, left to right.</summary>
    public IReadOnlyList<long> AisleXMm { get; }

    /// <summary>From the front cross aisle to the back one; every aisle runs the whole depth.</summary>
    public long AisleLengthMm { get; }

    /// <summary>Cross aisles from the front: 0, the middle one if any, the aisle length.</summary>
    public IReadOnlyList<long> CrossAisleYMm { get; }

    public PickDepot Depot { get; }

    public int Aisles => AisleXMm.Count;

    /// <summary>1 for front and back cross aisles only, 2 with a middle cross aisle.</summary>
    public int Blocks => CrossAisleYMm.Count - 1;

    public static PickLayout SingleBlock(IReadOnlyList<long> aisleXMm, long aisleLengthMm, PickDepot depot) =>
        new(aisleXMm, aisleLengthMm, depot);

    public static PickLayout TwoBlocks(IReadOnlyList<long> aisleXMm, long aisleLengthMm, long middleCrossAisleYMm, PickDepot depot) =>
        new(aisleXMm, aisleLengthMm, depot, middleCrossAisleYMm);

    /// <summary>Refuses picks that are not inside an aisle of this layout.</summary>
    public void Check(IReadOnlyList<PickPoint> picks)
    {
        for (var i = 0; i < picks.Count; i++)
        {
            var pick = picks[i];
            if (pick.Aisle < 0 || pick.Aisle >= Aisles)
                throw new ArgumentException($"Pick {i} is in aisle {pick.Aisle}, but the layout has aisles 0 to {Aisles - 1}.", nameof(picks));
            if (pick.YMm < 0 || pick.YMm > AisleLengthMm)
                throw new ArgumentException($"Pick {i} at {pick.YMm} mm is outside its aisle (0 to {AisleLengthMm} mm).", nameof(picks));
        }
    }

    /// <summary>The shortest walk between two picks: along aisles, changing aisle only through a cross aisle.</summary>
    public long DistanceMm(PickPoint from, PickPoint to) => DistanceMm(AisleXMm[from.Aisle], from.YMm, AisleXMm[to.Aisle], to.YMm);

    public long DistanceFromDepotMm(PickPoint to) => DistanceMm(Depot.XMm, Depot.YMm, AisleXMm[to.Aisle], to.YMm);

    /// <summary>Depot, the picks in this order, depot: each leg the shortest walk.</summary>
    public long TourLengthMm(IEnumerable<PickPoint> order)
    {
        long length = 0;
        var (x, y) = (Depot.XMm, Depot.YMm);
        foreach (var pick in order)
        {
            length += DistanceMm(x, y, AisleXMm[pick.Aisle], pick.YMm);
            (x, y) = (AisleXMm[pick.Aisle], pick.YMm);
        }
        return length + DistanceMm(x, y, Depot.XMm, Depot.YMm);
    }

    // Two different x are two different aisles (or the depot, which is on a cross aisle): the walk
    // goes to some cross aisle, along it, and back along the other aisle. The same x is one aisle.
    internal long DistanceMm(long x1, long y1, long x2, long y2)
    {
        if (x1 == x2) return Math.Abs(y1 - y2);
        var vertical = long.MaxValue;
        foreach (var y in CrossAisleYMm)
            vertical = Math.Min(vertical, Math.Abs(y1 - y) + Math.Abs(y2 - y));
        return Math.Abs(x1 - x2) + vertical;
    }
}
