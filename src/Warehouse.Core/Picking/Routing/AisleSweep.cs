using System.Runtime.InteropServices;

namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The exact dynamic program over aisles: Ratliff &amp; Rosenthal (1983) for one block, and the same
/// sweep with a third cross-aisle vertex per aisle for two blocks, as Roodbergen &amp; De Koster (2001)
/// extended it. Left to right, it alternates adding an aisle's sub-aisle visits and the cross-aisle
/// edges to the next column, keeping the cheapest partial tour per <see cref="SweepState"/>. A tour
/// must end connected, with every degree even, through the depot and every pick; it is then walked
/// as an Euler circuit (<see cref="SweepTour"/>) to put the picks in order. Linear in the aisles.
/// </summary>
internal static class AisleSweep
{
    private readonly record struct Step(long Cost, int From, int Choice);

    public static (PickRoute Route, int MostStatesBetweenAisles) Route(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        layout.Check(picks);
        var depot = layout.Depot;
        if (picks.All(p => layout.AisleXMm[p.Aisle] == depot.XMm && p.YMm == depot.YMm))
            return (PickRoute.Of(picks, Enumerable.Range(0, picks.Count).ToArray(), 0), 1);

        var (columns, columnOfAisle, depotColumn) = SweepColumn.Build(layout, picks);
        var vertices = layout.CrossAisleYMm.Count;
        var before = new Dictionary<int, Step>[columns.Length];
        var after = new Dictionary<int, Step>[columns.Length];
        before[0] = new() { [0] = new Step(0, -1, -1) };
        for (var c = 0; c < columns.Length; c++)
        {
            after[c] = AddAisle(before[c], columns[c], vertices);
            if (c + 1 < columns.Length)
                before[c + 1] = CrossOver(after[c], columns[c], columns[c + 1].XMm - columns[c].XMm, vertices, last: false);
        }
        var end = CrossOver(after[^1], columns[^1], 0, vertices, last: true);
        if (!end.TryGetValue(SweepState.Closed, out var closing))
            throw new InvalidOperationException("The aisle sweep found no tour; the layout and picks were checked, so this is a bug.");

        var ways = new int[columns.Length];
        var crossings = new int[columns.Length];
        var state = closing.From;
        for (var c = columns.Length - 1; c >= 0; c--)
        {
            var step = after[c][state];
            ways[c] = step.Choice;
            state = step.From;
            if (c == 0) break;
            step = before[c][state];
            crossings[c - 1] = step.Choice;
            state = step.From;
        }
        var route = SweepTour.Walk(layout, picks, columns, columnOfAisle, depotColumn, ways, crossings, closing.Cost);
        return (route, before.Max(b => b.Count));
    }

    /// <summary>Every combination of sub-aisle visits in this column, from every state.</summary>
    private static Dictionary<int, Step> AddAisle(Dictionary<int, Step> states, SweepColumn column, int vertices)
    {
        var next = new Dictionary<int, Step>();
        Span<int> degree = stackalloc int[vertices];
        Span<int> piece = stackalloc int[vertices];
        Span<int> degreeBefore = stackalloc int[vertices];
        Span<int> pieceBefore = stackalloc int[vertices];
        Span<int> joined = stackalloc int[3 * vertices];
        var combinations = Combinations(column);
        foreach (var (state, reached) in states)
        {
            // A closed tour takes nothing more: only a column with nothing to walk lets it through.
            if ((state & SweepState.Closed) != 0)
            {
                if (combinations[0].All(way => way.LowerDegree + way.UpperDegree == 0))
                    Relax(next, state, new Step(reached.Cost, state, 0));
                continue;
            }
            SweepState.Unpack(state, degreeBefore, pieceBefore);
            for (var combination = 0; combination < combinations.Length; combination++)
            {
                degreeBefore.CopyTo(degree);
                pieceBefore.CopyTo(piece);
                for (var i = 0; i < joined.Length; i++) joined[i] = i;
                var cost = reached.Cost;
                var fresh = vertices + 1;
                var ways = combinations[combination];
                for (var k = 0; k < ways.Length; k++)
                {
                    var way = ways[k];
                    cost += way.LengthMm;
                    if (way.LowerDegree > 0)
                    {
                        degree[k] = SweepState.AddDegree(degree[k], way.LowerDegree);
                        if (piece[k] == 0) piece[k] = fresh++;
                    }
                    if (way.UpperDegree > 0)
                    {
                        degree[k + 1] = SweepState.AddDegree(degree[k + 1], way.UpperDegree);
                        if (piece[k + 1] == 0) piece[k + 1] = fresh++;
                    }
                    if (way.JoinsEnds) joined[Find(joined, piece[k])] = Find(joined, piece[k + 1]);
                }
                for (var k = 0; k < vertices; k++)
                {
                    if (piece[k] != 0) piece[k] = Find(joined, piece[k]);
                }
                Relax(next, SweepState.Pack(degree, piece), new Step(cost, state, combination));
            }
        }
        return next;
    }

    /// <summary>
    /// The cross-aisle edges from this column to the next, 0, 1 or 2 of each: an odd vertex needs
    /// one, an even or untouched one none or two. A piece that stops here must be the whole tour.
    /// </summary>
    private static Dictionary<int, Step> CrossOver(Dictionary<int, Step> states, SweepColumn column, long widthMm, int vertices, bool last)
    {
        var next = new Dictionary<int, Step>();
        Span<int> degree = stackalloc int[vertices];
        Span<int> piece = stackalloc int[vertices];
        Span<int> newDegree = stackalloc int[vertices];
        Span<int> newPiece = stackalloc int[vertices];
        foreach (var (state, reached) in states)
        {
            SweepState.Unpack(state, degree, piece);
            var closed = (state & SweepState.Closed) != 0;
            var odd = 0;
            for (var k = 0; k < vertices; k++) odd |= degree[k] == SweepState.Odd ? 1 << k : 0;
            // Each even or untouched vertex gets none or two (a bit of `doubled`); each odd one gets one.
            for (var doubled = 0; doubled < 1 << vertices; doubled++)
            {
                if ((doubled & odd) != 0) continue;
                var valid = true;
                var edges = 0;
                var combination = 0;
                for (var k = vertices - 1; k >= 0 && valid; k--)
                {
                    var h = (odd >> k & 1) == 1 ? 1 : (doubled >> k & 1) * 2;
                    combination = combination * 3 + h;
                    edges += h;
                    newDegree[k] = h;
                    valid = !(last && h > 0) && !(column.Required[k] && degree[k] == SweepState.None && h == 0);
                }
                if (!valid) continue;
                var cost = reached.Cost + edges * widthMm;
                if (closed)
                {
                    if (edges == 0) Relax(next, SweepState.Closed, new Step(cost, state, combination));
                    continue;
                }

                var fresh = vertices + 1;
                var pieces = 0;
                var stopping = 0;
                for (var k = 0; k < vertices; k++)
                {
                    newPiece[k] = newDegree[k] == 0 ? 0 : piece[k] != 0 ? piece[k] : fresh++;
                    if (piece[k] == 0 || SeenBefore(piece, k)) continue;
                    pieces++;
                    if (!Continues(piece, newDegree, piece[k])) stopping++;
                }
                if (stopping == 0)
                    Relax(next, SweepState.Pack(newDegree, newPiece), new Step(cost, state, combination));
                else if (pieces == 1 && edges == 0)
                    Relax(next, SweepState.Closed, new Step(cost, state, combination));
            }
        }
        return next;
    }

    /// <summary>One way per sub-aisle, every mix of them, numbered as <see cref="SweepTour"/> reads them back (sub-aisle 0 varies fastest).</summary>
    private static SubAisleVisit[][] Combinations(SweepColumn column)
    {
        var count = column.Ways.Aggregate(1, (n, w) => n * w.Length);
        var combinations = new SubAisleVisit[count][];
        for (var combination = 0; combination < count; combination++)
        {
            combinations[combination] = new SubAisleVisit[column.Ways.Length];
            var rest = combination;
            for (var k = 0; k < column.Ways.Length; k++)
            {
                combinations[combination][k] = column.Ways[k][rest % column.Ways[k].Length];
                rest /= column.Ways[k].Length;
            }
        }
        return combinations;
    }

    // True when an earlier vertex carries the same piece, so each piece is counted once.
    private static bool SeenBefore(ReadOnlySpan<int> piece, int k)
    {
        for (var i = 0; i < k; i++)
        {
            if (piece[i] == piece[k]) return true;
        }
        return false;
    }

    private static bool Continues(ReadOnlySpan<int> piece, ReadOnlySpan<int> edges, int label)
    {
        for (var k = 0; k < piece.Length; k++)
        {
            if (piece[k] == label && edges[k] > 0) return true;
        }
        return false;
    }

    private static int Find(Span<int> joined, int label)
    {
        while (joined[label] != label) label = joined[label] = joined[joined[label]];
        return label;
    }

    private static void Relax(Dictionary<int, Step> states, int state, Step step)
    {
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(states, state, out var exists);
        if (!exists || step.Cost < known.Cost) known = step;
    }
}
