using Warehouse.Core.Picking.Routing;

namespace Warehouse.Core.Tests.Picking.Routing;

public sealed class PickRouting_HandChecked
{
    // Four aisles 3 m apart, 10 m long, the depot at the front of the first.
    private static readonly PickLayout Floor = PickLayout.SingleBlock([0, 3000, 6000, 9000], 10_000, PickDepot.Front(0));

    private static PickPoint At(int aisle, long y) => new(aisle, y);

    [Fact]
    public void An_empty_pick_list_walks_nowhere()
    {
        var plan = PickRouting.Plan(Floor, []);
        Assert.Equal((0L, 0L, 0L), (plan.Route.LengthMm, plan.SShapeLengthMm, plan.LargestGapLengthMm));
        Assert.Empty(plan.Route.Stops);
    }

    [Fact]
    public void One_pick_is_in_and_back_out_of_its_aisle() =>
        Assert.Equal(3000 + 2 * 4000 + 3000, PickRouting.Plan(Floor, [At(1, 4000)]).Route.LengthMm);

    [Fact]
    public void A_pick_near_the_back_is_still_in_and_back_when_going_round_is_longer()
    {
        // In and back 2 × 9 m, against up 10 m, across 3 m and down another aisle 10 m.
        var plan = PickRouting.Plan(Floor, [At(1, 9000)]);
        Assert.Equal(3000 + 18_000 + 3000, plan.Route.LengthMm);
    }

    [Fact]
    public void A_single_aisle_layout_walks_up_to_the_farthest_pick_and_back()
    {
        var aisle = PickLayout.SingleBlock([0], 10_000, PickDepot.Front(0));
        var route = new RatliffRosenthalRouter().Route(aisle, [At(0, 7000), At(0, 3000)]);
        Assert.Equal(14_000, route.LengthMm);
        Assert.Equal([1, 0], route.Sequence);
    }

    [Fact]
    public void With_the_depot_at_the_back_the_walk_is_from_the_back()
    {
        var aisle = PickLayout.SingleBlock([0], 10_000, new PickDepot(0, 10_000));
        var plan = PickRouting.Plan(aisle, [At(0, 7000)]);
        Assert.Equal((6000L, 6000L, 6000L), (plan.Route.LengthMm, plan.SShapeLengthMm, plan.LargestGapLengthMm));
    }

    [Fact]
    public void Picks_near_the_front_of_every_aisle_are_in_and_back_where_S_shape_walks_every_aisle_through()
    {
        var plan = PickRouting.Plan(Floor, [At(0, 1000), At(1, 1000), At(2, 1000), At(3, 1000)]);
        Assert.Equal(4 * 2000 + 2 * 9000, plan.Route.LengthMm);
        Assert.Equal(4 * 10_000 + 2 * 9000, plan.SShapeLengthMm);
        // Through the first and the last aisle, the two between from the front.
        Assert.Equal(10_000 + 9000 + 10_000 + 2 * 2000 + 9000, plan.LargestGapLengthMm);
        Assert.Equal("Ratliff–Rosenthal (exact)", plan.Method);
        Assert.Equal(32_000, plan.SavedOnSShapeMm);
    }

    [Fact]
    public void Picks_in_the_middle_of_every_aisle_cost_the_same_whichever_way()
    {
        var plan = PickRouting.Plan(Floor, [At(3, 5000), At(0, 5000), At(2, 5000), At(1, 5000)]);
        Assert.Equal((58_000L, 58_000L, 58_000L), (plan.Route.LengthMm, plan.SShapeLengthMm, plan.LargestGapLengthMm));
    }

    [Fact]
    public void Two_lines_at_one_location_are_two_stops_one_after_the_other()
    {
        var route = PickRouting.Plan(Floor, [At(1, 2000), At(2, 2000), At(1, 2000) with { Side = PickSide.Right }]).Route;
        Assert.Equal(3000 + 2 * 2000 + 3000 + 2 * 2000 + 6000, route.LengthMm);
        var order = route.Sequence.ToList();
        Assert.Equal(1, Math.Abs(order.IndexOf(0) - order.IndexOf(2)));
    }

    [Fact]
    public void A_pick_at_the_depot_costs_nothing()
    {
        var plan = PickRouting.Plan(Floor, [At(0, 0)]);
        Assert.Equal((0L, 0L, 0L), (plan.Route.LengthMm, plan.SShapeLengthMm, plan.LargestGapLengthMm));
        Assert.Equal([0], plan.Route.Sequence);
    }

    [Fact]
    public void On_two_blocks_the_middle_cross_aisle_is_a_shortcut_between_aisles()
    {
        // Two aisles 3 m apart, 20 m long, a middle cross aisle at 10 m; picks just beyond it in both.
        var twoBlocks = PickLayout.TwoBlocks([0, 3000], 20_000, 10_000, PickDepot.Front(0));
        var plan = PickRouting.Plan(twoBlocks, [At(0, 11_000), At(1, 11_000)]);
        // Up the first to 11 m, back to the middle cross aisle, across, up to 11 m and down the second.
        Assert.Equal(11_000 + 1000 + 3000 + 1000 + 11_000 + 3000, plan.Route.LengthMm);
        Assert.Equal("Roodbergen–De Koster (exact)", plan.Method);
    }

    [Fact]
    public void On_two_blocks_the_baselines_work_from_the_farthest_block_to_the_front()
    {
        // Three aisles 3 m apart, 20 m long, middle cross aisle at 10 m; two picks in each block.
        var twoBlocks = PickLayout.TwoBlocks([0, 3000, 6000], 20_000, 10_000, PickDepot.Front(0));
        var plan = PickRouting.Plan(twoBlocks, [At(1, 15_000), At(2, 12_000), At(0, 5000), At(2, 4000)]);
        // Up the first aisle to the middle, through the second's back block, down the third's back
        // block, down the third's front block, home: S-shape and largest gap agree here.
        Assert.Equal(10_000 + 3000 + 10_000 + 3000 + 10_000 + 10_000 + 6000, plan.SShapeLengthMm);
        Assert.Equal(plan.SShapeLengthMm, plan.LargestGapLengthMm);
        // Ours goes in and back in the back block instead of through it.
        Assert.Equal(10_000 + 3000 + 2 * 5000 + 3000 + 2 * 2000 + 10_000 + 6000, plan.Route.LengthMm);
    }
}
