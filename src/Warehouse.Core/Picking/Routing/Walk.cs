namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// A heuristic's route as it is walked: from the depot, straight along an aisle or along a cross
/// aisle, one leg at a time. A leg anywhere else is a bug in the heuristic and throws, so a
/// baseline's length is always a walk a picker could make.
/// </summary>
internal sealed class Walk(PickLayout layout, IReadOnlyList<PickPoint> picks)
{
    private readonly List<int> _sequence = new(picks.Count);

    public long XMm { get; private set; } = layout.Depot.XMm;
    public long YMm { get; private set; } = layout.Depot.YMm;
    public long LengthMm { get; private set; }

    public void Along(long yMm)
    {
        if (yMm == YMm) return;
        if (!layout.AisleXMm.Contains(XMm))
            throw new InvalidOperationException($"No aisle to walk along at x = {XMm} mm.");
        LengthMm += Math.Abs(yMm - YMm);
        YMm = yMm;
    }

    public void Across(long xMm)
    {
        if (xMm == XMm) return;
        if (!layout.CrossAisleYMm.Contains(YMm))
            throw new InvalidOperationException($"No cross aisle to walk across at y = {YMm} mm.");
        LengthMm += Math.Abs(xMm - XMm);
        XMm = xMm;
    }

    /// <summary>Picks in the aisle the walker stands in, in the order given.</summary>
    public void Pick(IEnumerable<int> inOrder)
    {
        foreach (var index in inOrder)
        {
            if (layout.AisleXMm[picks[index].Aisle] != XMm)
                throw new InvalidOperationException($"Pick {index} is not in the aisle at x = {XMm} mm.");
            Along(picks[index].YMm);
            _sequence.Add(index);
        }
    }

    /// <summary>Back along the front cross aisle to the depot; the route is done.</summary>
    public PickRoute Home(IReadOnlyList<PickPoint> routed)
    {
        Across(layout.Depot.XMm);
        if (YMm != layout.Depot.YMm)
            throw new InvalidOperationException($"The walk ends at y = {YMm} mm, not at the depot.");
        if (_sequence.Count != picks.Count)
            throw new InvalidOperationException($"The walk picked {_sequence.Count} of {picks.Count} picks.");
        return PickRoute.Of(routed, _sequence, LengthMm);
    }
}
