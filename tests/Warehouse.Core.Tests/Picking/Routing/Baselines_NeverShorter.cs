using Warehouse.Core.Picking.Routing;
using static Warehouse.Core.Tests.Picking.Routing.RoutingCases;

namespace Warehouse.Core.Tests.Picking.Routing;

public sealed class Baselines_NeverShorter
{
    [Fact]
    public void Our_route_is_never_longer_than_S_shape_or_largest_gap_on_random_layouts_and_pick_lists()
    {
        var (shape, gap) = (new SShapeRouter(), new LargestGapRouter());
        var random = new Random(1993);
        for (var i = 0; i < 600; i++)
        {
            var layout = Layout(random, random.Next(1, 21), random.Next(1, 3), AllDepots[random.Next(AllDepots.Length)]);
            var picks = Picks(random, layout, random.Next(0, 60));
            var plan = PickRouting.Plan(layout, picks);
            Assert.InRange(plan.Route.LengthMm, 0, Math.Min(plan.SShapeLengthMm, plan.LargestGapLengthMm));
            Assert.Equal(shape.Route(layout, picks).LengthMm, plan.SShapeLengthMm);
            Assert.Equal(gap.Route(layout, picks).LengthMm, plan.LargestGapLengthMm);
        }
    }

    [Fact]
    public void A_baseline_walks_at_least_the_shortest_walk_through_its_own_order()
    {
        var random = new Random(1999);
        foreach (IPickRouter baseline in new IPickRouter[] { new SShapeRouter(), new LargestGapRouter() })
        {
            for (var i = 0; i < 300; i++)
            {
                var layout = Layout(random, random.Next(1, 21), random.Next(1, 3), AllDepots[random.Next(AllDepots.Length)]);
                var picks = Picks(random, layout, random.Next(0, 60));
                var route = baseline.Route(layout, picks);
                Assert.True(VisitsEachOnce(route, picks));
                Assert.True(route.LengthMm >= layout.TourLengthMm(route.Stops));
            }
        }
    }
}
