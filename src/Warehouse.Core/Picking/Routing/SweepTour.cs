namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// Turns the sweep's choices back into a walk: the chosen sub-aisle visits and cross-aisle edges
/// form a connected graph with every degree even, and an Euler circuit from the depot walks each
/// edge once. The picks come in the order the circuit first reaches their location.
/// </summary>
internal static class SweepTour
{
    public static PickRoute Walk(
        PickLayout layout, IReadOnlyList<PickPoint> picks, SweepColumn[] columns, int[] columnOfAisle, int depotColumn,
        int[] ways, int[] crossings, long expectedLengthMm)
    {
        var crossAisles = layout.CrossAisleYMm;
        var nodes = new Dictionary<(int Column, long YMm), int>();
        var places = new List<(int Column, long YMm)>();
        var edges = new List<(int From, int To, long LengthMm)>();
        int Node(int column, long y)
        {
            if (nodes.TryGetValue((column, y), out var id)) return id;
            places.Add((column, y));
            return nodes[(column, y)] = nodes.Count;
        }
        void Add(int from, int to, long length, int times)
        {
            for (var i = 0; i < times; i++) edges.Add((from, to, length));
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var rest = ways[c];
            for (var k = 0; k < columns[c].Ways.Length; k++)
            {
                var options = columns[c].Ways[k];
                var way = options[rest % options.Length];
                rest /= options.Length;
                var stops = columns[c].SubAislePicksMm[k].Prepend(crossAisles[k]).Append(crossAisles[k + 1]).ToArray();
                for (var i = 0; i + 1 < stops.Length; i++)
                    Add(Node(c, stops[i]), Node(c, stops[i + 1]), stops[i + 1] - stops[i], way.TimesOver(stops[i], stops[i + 1]));
            }
            if (c + 1 == columns.Length) break;
            var crossing = crossings[c];
            for (var k = 0; k < crossAisles.Count; k++, crossing /= 3)
                Add(Node(c, crossAisles[k]), Node(c + 1, crossAisles[k]), columns[c + 1].XMm - columns[c].XMm, crossing % 3);
        }

        var length = edges.Sum(e => e.LengthMm);
        if (length != expectedLengthMm)
            throw new InvalidOperationException($"The sweep's tour walks {length} mm but was priced at {expectedLengthMm} mm; this is a bug.");

        var picksAt = picks.Select((p, i) => (Key: (columnOfAisle[p.Aisle], p.YMm), Index: i)).ToLookup(p => p.Key, p => p.Index);
        var sequence = new List<int>(picks.Count);
        var seen = new HashSet<int>();
        foreach (var node in Circuit(nodes.Count, edges, Node(depotColumn, layout.Depot.YMm)))
        {
            if (seen.Add(node)) sequence.AddRange(picksAt[places[node]]);
        }
        if (sequence.Count != picks.Count)
            throw new InvalidOperationException($"The sweep's tour reaches {sequence.Count} of {picks.Count} picks; this is a bug.");
        return PickRoute.Of(picks, sequence, length);
    }

    /// <summary>Hierholzer's algorithm: every edge once, starting and ending at <paramref name="start"/>.</summary>
    private static List<int> Circuit(int nodeCount, List<(int From, int To, long LengthMm)> edges, int start)
    {
        var incident = new List<int>[nodeCount];
        for (var n = 0; n < nodeCount; n++) incident[n] = [];
        for (var e = 0; e < edges.Count; e++)
        {
            incident[edges[e].From].Add(e);
            incident[edges[e].To].Add(e);
        }
        var used = new bool[edges.Count];
        var next = new int[nodeCount];
        var stack = new Stack<int>([start]);
        var circuit = new List<int>();
        while (stack.Count > 0)
        {
            var node = stack.Peek();
            while (next[node] < incident[node].Count && used[incident[node][next[node]]]) next[node]++;
            if (next[node] == incident[node].Count)
            {
                circuit.Add(stack.Pop());
                continue;
            }
            var edge = incident[node][next[node]];
            used[edge] = true;
            stack.Push(edges[edge].From == node ? edges[edge].To : edges[edge].From);
        }
        circuit.Reverse();
        return circuit;
    }
}
