using Warehouse.Core.Picking.Routing;

namespace Warehouse.Core.Tests.Picking.Routing;

public sealed class PickLayout_Refusals
{
    private static readonly long[] Aisles = [0, 3000, 6000];

    private static string Refusal(Action act) => Assert.ThrowsAny<ArgumentException>(act).Message;

    [Fact]
    public void A_layout_without_aisles_is_refused() =>
        Assert.Contains("at least one aisle", Refusal(() => PickLayout.SingleBlock([], 10_000, PickDepot.Front(0))));

    [Theory]
    [InlineData(0, 3000, 3000)]
    [InlineData(0, 6000, 3000)]
    public void Aisles_out_of_order_or_on_top_of_each_other_are_refused(long a, long b, long c) =>
        Assert.Contains("left to right", Refusal(() => PickLayout.SingleBlock([a, b, c], 10_000, PickDepot.Front(0))));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void An_aisle_length_that_is_not_positive_is_refused(long length) =>
        Assert.Contains("must be positive", Refusal(() => PickLayout.SingleBlock(Aisles, length, PickDepot.Front(0))));

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    [InlineData(12_000)]
    public void A_middle_cross_aisle_not_between_the_aisle_ends_is_refused(long middle) =>
        Assert.Contains("middle cross aisle", Refusal(() => PickLayout.TwoBlocks(Aisles, 10_000, middle, PickDepot.Front(0))));

    [Theory]
    [InlineData(5000)]
    [InlineData(-1)]
    public void A_depot_off_the_front_and_back_cross_aisles_is_refused(long y) =>
        Assert.Contains("front (y = 0) or the back", Refusal(() => PickLayout.SingleBlock(Aisles, 10_000, new PickDepot(0, y))));

    [Fact]
    public void A_depot_on_the_middle_cross_aisle_is_refused() =>
        Assert.Contains("front (y = 0) or the back", Refusal(() => PickLayout.TwoBlocks(Aisles, 10_000, 4000, new PickDepot(0, 4000))));

    [Fact]
    public void A_depot_beyond_the_last_aisle_is_refused() =>
        Assert.Contains("off the cross aisle", Refusal(() => PickLayout.SingleBlock(Aisles, 10_000, PickDepot.Front(6001))));

    [Fact]
    public void A_pick_in_an_aisle_the_layout_does_not_have_is_refused()
    {
        var layout = PickLayout.SingleBlock(Aisles, 10_000, PickDepot.Front(0));
        Assert.Contains("aisles 0 to 2", Refusal(() => PickRouting.Plan(layout, [new PickPoint(3, 100)])));
        Assert.Contains("aisles 0 to 2", Refusal(() => PickRouting.Plan(layout, [new PickPoint(-1, 100)])));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void A_pick_beyond_the_ends_of_its_aisle_is_refused(long y)
    {
        var layout = PickLayout.SingleBlock(Aisles, 10_000, PickDepot.Front(0));
        Assert.Contains("outside its aisle", Refusal(() => new SShapeRouter().Route(layout, [new PickPoint(1, y)])));
        Assert.Contains("outside its aisle", Refusal(() => new RatliffRosenthalRouter().Route(layout, [new PickPoint(1, y)])));
    }

    [Fact]
    public void Each_exact_router_refuses_the_layout_it_was_not_made_for()
    {
        var one = PickLayout.SingleBlock(Aisles, 10_000, PickDepot.Front(0));
        var two = PickLayout.TwoBlocks(Aisles, 10_000, 5000, PickDepot.Front(0));
        Assert.Contains("single-block", Refusal(() => new RatliffRosenthalRouter().Route(two, [])));
        Assert.Contains("two-block", Refusal(() => new RoodbergenDeKosterRouter().Route(one, [])));
    }

    [Fact]
    public void Held_Karp_refuses_more_locations_than_it_can_solve_quickly()
    {
        var layout = PickLayout.SingleBlock(Aisles, 10_000, PickDepot.Front(0));
        var picks = Enumerable.Range(1, 13).Select(i => new PickPoint(i % 3, i * 700)).ToArray();
        Assert.Contains("at most 12", Refusal(() => new HeldKarpRouter().Route(layout, picks)));
    }
}
