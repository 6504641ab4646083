namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The exact shortest route for small pick lists on any layout: Held and Karp's dynamic program
/// over subsets of pick locations, on the layout's shortest-walk distances. Exponential
/// (2ⁿ·n² for n locations), so it is the yardstick for tests and reports, not the floor's router.
/// </summary>
public sealed class HeldKarpRouter : IPickRouter
{
    public const int MostLocations = 12;

    public PickRoute Route(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        layout.Check(picks);
        // Picks at one location are one stop; picks at the depot cost nothing and come first.
        var atDepot = Enumerable.Range(0, picks.Count)
            .Where(i => layout.AisleXMm[picks[i].Aisle] == layout.Depot.XMm && picks[i].YMm == layout.Depot.YMm)
            .ToArray();
        var locations = Enumerable.Range(0, picks.Count).Except(atDepot)
            .GroupBy(i => (picks[i].Aisle, picks[i].YMm))
            .Select(g => g.ToArray())
            .ToArray();
        var n = locations.Length;
        if (n > MostLocations)
            throw new ArgumentException($"Held–Karp is for at most {MostLocations} pick locations; this list has {n}.", nameof(picks));
        if (n == 0) return PickRoute.Of(picks, atDepot, 0);

        var place = locations.Select(l => picks[l[0]]).ToArray();
        var between = new long[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++) between[a, b] = layout.DistanceMm(place[a], place[b]);
        }
        var fromDepot = place.Select(layout.DistanceFromDepotMm).ToArray();

        // best[set, last]: the shortest walk from the depot through exactly the locations in set, ending at last.
        var best = new long[1 << n, n];
        var previous = new int[1 << n, n];
        for (var set = 1; set < 1 << n; set++)
        {
            for (var last = 0; last < n; last++)
            {
                best[set, last] = long.MaxValue;
                if ((set & 1 << last) == 0) continue;
                var before = set & ~(1 << last);
                if (before == 0)
                {
                    best[set, last] = fromDepot[last];
                    previous[set, last] = -1;
                    continue;
                }
                for (var p = 0; p < n; p++)
                {
                    if ((before & 1 << p) == 0 || best[before, p] == long.MaxValue) continue;
                    var length = best[before, p] + between[p, last];
                    if (length < best[set, last]) (best[set, last], previous[set, last]) = (length, p);
                }
            }
        }

        var all = (1 << n) - 1;
        var end = Enumerable.Range(0, n).MinBy(last => best[all, last] + fromDepot[last]);
        var order = new List<int>();
        for (int set = all, at = end; at >= 0;)
        {
            order.Add(at);
            var p = previous[set, at];
            set &= ~(1 << at);
            at = p;
        }
        order.Reverse();
        var sequence = atDepot.Concat(order.SelectMany(l => locations[l])).ToArray();
        return PickRoute.Of(picks, sequence, best[all, end] + fromDepot[end]);
    }
}
