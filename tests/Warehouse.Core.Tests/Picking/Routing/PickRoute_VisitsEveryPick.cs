using Warehouse.Core.Picking.Routing;
using static Warehouse.Core.Tests.Picking.Routing.RoutingCases;

namespace Warehouse.Core.Tests.Picking.Routing;

public sealed class PickRoute_VisitsEveryPick
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_pick_is_visited_once_and_the_length_is_the_walk_through_the_stops_in_order(int blocks)
    {
        var random = new Random(31 * blocks);
        for (var i = 0; i < 300; i++)
        {
            var layout = Layout(random, random.Next(1, 21), blocks, AllDepots[random.Next(AllDepots.Length)]);
            var picks = Picks(random, layout, random.Next(0, 80));
            var route = PickRouting.RouterFor(layout).Route(layout, picks);
            Assert.True(VisitsEachOnce(route, picks));
            Assert.Equal(layout.TourLengthMm(route.Stops), route.LengthMm);
        }
    }
}
