using Warehouse.Core.Picking.Routing;
using static Warehouse.Core.Tests.Picking.Routing.RoutingCases;

namespace Warehouse.Core.Tests.Picking.Routing;

public sealed class RatliffRosenthal_EqualsBruteForce
{
    private static readonly RatliffRosenthalRouter Router = new();

    public static TheoryData<int, DepotAt> Layouts()
    {
        var data = new TheoryData<int, DepotAt>();
        foreach (var aisles in new[] { 1, 2, 3, 5, 8, 12 })
        {
            foreach (var depot in AllDepots) data.Add(aisles, depot);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_route_is_as_short_as_the_best_of_every_order_for_up_to_eight_picks(int aisles, DepotAt depot)
    {
        var random = new Random(1983 * aisles + (int)depot);
        for (var i = 0; i < 40; i++)
        {
            var layout = Layout(random, aisles, blocks: 1, depot);
            var picks = Picks(random, layout, random.Next(0, 9));
            var route = Router.Route(layout, picks);
            Assert.Equal(BruteForceMm(layout, picks), route.LengthMm);
            Assert.True(VisitsEachOnce(route, picks));
        }
    }

    [Fact]
    public void Between_two_aisles_the_sweep_holds_no_more_than_the_seven_classes_of_the_paper()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var layout = Layout(random, random.Next(1, 20), blocks: 1, AllDepots[random.Next(AllDepots.Length)]);
            var (_, states) = AisleSweep.Route(layout, Picks(random, layout, random.Next(1, 60)));
            Assert.InRange(states, 1, 7);
        }
    }
}
