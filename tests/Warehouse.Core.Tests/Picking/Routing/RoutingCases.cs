using Warehouse.Core.Picking.Routing;

namespace Warehouse.Core.Tests.Picking.Routing;

/// <summary>Seeded random layouts and pick lists, and the judge: every order of the picks tried.</summary>
public static class RoutingCases
{
    public enum DepotAt { LeftEnd, Middle, InAnAisle, RightEnd, Back }

    public static readonly DepotAt[] AllDepots = Enum.GetValues<DepotAt>();

    public static PickLayout Layout(Random random, int aisles, int blocks, DepotAt depot)
    {
        // Aisle pitch 2.5–4 m, not all equal, so a wrong x shows in the length.
        var x = new long[aisles];
        for (var i = 1; i < aisles; i++) x[i] = x[i - 1] + random.Next(2500, 4001);
        long length = random.Next(8, 31) * 1000;
        var depotX = depot switch
        {
            DepotAt.LeftEnd or DepotAt.Back => x[0],
            DepotAt.RightEnd => x[^1],
            DepotAt.InAnAisle => x[aisles / 2],
            _ => aisles == 1 ? x[0] : (x[(aisles - 1) / 2] + x[(aisles - 1) / 2 + 1]) / 2 + 1,
        };
        var at = new PickDepot(depotX, depot == DepotAt.Back ? length : 0);
        return blocks == 1
            ? PickLayout.SingleBlock(x, length, at)
            : PickLayout.TwoBlocks(x, length, random.Next(25, 76) * length / 100, at);
    }

    /// <summary>Mostly anywhere in an aisle; now and then on a cross aisle, at an aisle end, or again where another pick is.</summary>
    public static PickPoint[] Picks(Random random, PickLayout layout, int count)
    {
        var picks = new PickPoint[count];
        for (var i = 0; i < count; i++)
        {
            var aisle = random.Next(layout.Aisles);
            var side = random.Next(2) == 0 ? PickSide.Left : PickSide.Right;
            picks[i] = random.Next(12) switch
            {
                0 when i > 0 => picks[random.Next(i)] with { Side = side },
                1 => new PickPoint(aisle, layout.CrossAisleYMm[random.Next(layout.CrossAisleYMm.Count)], side),
                _ => new PickPoint(aisle, random.NextInt64(0, layout.AisleLengthMm + 1), side),
            };
        }
        return picks;
    }

    /// <summary>The shortest tour by trying every order (pruned when a partial tour is already too long).</summary>
    public static long BruteForceMm(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        var places = picks.Distinct().Select(p => p with { Side = PickSide.Left }).Distinct().ToArray();
        var best = long.MaxValue;
        var used = new bool[places.Length];
        void Extend(int count, PickPoint? at, long sofar)
        {
            if (sofar >= best) return;
            if (count == places.Length)
            {
                best = Math.Min(best, sofar + (at is { } last ? layout.DistanceFromDepotMm(last) : 0));
                return;
            }
            for (var i = 0; i < places.Length; i++)
            {
                if (used[i]) continue;
                used[i] = true;
                Extend(count + 1, places[i], sofar + (at is { } from ? layout.DistanceMm(from, places[i]) : layout.DistanceFromDepotMm(places[i])));
                used[i] = false;
            }
        }
        Extend(0, null, 0);
        return best;
    }

    /// <summary>True when the route lists every pick exactly once and its stops are those picks.</summary>
    public static bool VisitsEachOnce(PickRoute route, IReadOnlyList<PickPoint> picks) =>
        route.Sequence.Order().SequenceEqual(Enumerable.Range(0, picks.Count))
        && route.Stops.SequenceEqual(route.Sequence.Select(i => picks[i]));
}
