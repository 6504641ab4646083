using Warehouse.Core.Picking.Routing;
using Xunit.Abstractions;
using static Warehouse.Core.Tests.Picking.Routing.RoutingCases;

namespace Warehouse.Core.Tests.Picking.Routing;

public sealed class TwoBlockRouter_GapToExactSolver(ITestOutputHelper output)
{
    private static readonly HeldKarpRouter Exact = new();

    [Fact]
    public void Held_Karp_is_as_short_as_the_best_of_every_order()
    {
        var random = new Random(1962);
        for (var i = 0; i < 150; i++)
        {
            var layout = Layout(random, random.Next(1, 9), random.Next(1, 3), AllDepots[random.Next(AllDepots.Length)]);
            var picks = Picks(random, layout, random.Next(0, 8));
            var route = Exact.Route(layout, picks);
            Assert.Equal(BruteForceMm(layout, picks), route.LengthMm);
            Assert.True(VisitsEachOnce(route, picks));
        }
    }

    [Fact]
    public void The_two_block_route_has_no_gap_to_the_exact_solver_on_up_to_twelve_picks()
    {
        // Roodbergen–De Koster is exact, so the defensible bound is none at all, case by case.
        var router = new RoodbergenDeKosterRouter();
        var (shape, gap) = (new SShapeRouter(), new LargestGapRouter());
        var random = new Random(2001);
        var cases = 0;
        double ours = 0, sShape = 0, largestGap = 0;
        foreach (var depot in AllDepots)
        {
            for (var i = 0; i < 40; i++)
            {
                var layout = Layout(random, random.Next(2, 13), blocks: 2, depot);
                var picks = Picks(random, layout, random.Next(1, 13));
                var exact = Exact.Route(layout, picks).LengthMm;
                var route = router.Route(layout, picks);
                Assert.Equal(exact, route.LengthMm);
                if (exact == 0) continue;
                cases++;
                ours += (double)(route.LengthMm - exact) / exact;
                sShape += (double)(shape.Route(layout, picks).LengthMm - exact) / exact;
                largestGap += (double)(gap.Route(layout, picks).LengthMm - exact) / exact;
            }
        }
        output.WriteLine($"Two blocks, 1–12 picks, {cases} lists: mean gap to Held–Karp: Roodbergen–De Koster {ours / cases:P2}, " +
                         $"S-shape {sShape / cases:P1}, largest gap {largestGap / cases:P1}.");
        Assert.Equal(0, ours);
    }
}
