using Warehouse.Core.Picking.Routing;

namespace Warehouse.Benchmarks;

/// <summary>
/// The floors the routing benchmark walks: 20 aisles at a 3 m pitch, 30 m deep, as one block or cut
/// by a middle cross aisle at 15 m; the depot at the front of the first aisle (the literature's usual
/// place) or at the front, halfway along. Picks anywhere along any aisle, uniformly, from a seed.
/// </summary>
public static class RoutingFloors
{
    private static readonly long[] Aisles = Enumerable.Range(0, 20).Select(i => i * 3000L).ToArray();
    private const long Depth = 30_000;

    public static readonly (string Name, PickLayout Layout)[] All =
    [
        ("1 block, depot front left", PickLayout.SingleBlock(Aisles, Depth, PickDepot.Front(0))),
        ("1 block, depot front centre", PickLayout.SingleBlock(Aisles, Depth, PickDepot.Front(Aisles[^1] / 2))),
        ("2 blocks, depot front left", PickLayout.TwoBlocks(Aisles, Depth, Depth / 2, PickDepot.Front(0))),
        ("2 blocks, depot front centre", PickLayout.TwoBlocks(Aisles, Depth, Depth / 2, PickDepot.Front(Aisles[^1] / 2))),
    ];

    public static PickLayout Named(string name) => All.Single(f => f.Name == name).Layout;

    public static PickPoint[][] PickLists(PickLayout layout, int picks, int lists, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, lists)
            .Select(_ => Enumerable.Range(0, picks)
                .Select(_ => new PickPoint(random.Next(layout.Aisles), random.NextInt64(0, layout.AisleLengthMm + 1)))
                .ToArray())
            .ToArray();
    }
}
