using BenchmarkDotNet.Attributes;
using Warehouse.Core.Picking.Routing;

namespace Warehouse.Benchmarks;

/// <summary>
/// Time to route one pick list, ours against the S-shape baseline on the same lists in the same
/// run. Each invocation routes the same 16 seeded lists, so one odd list does not make the figure.
/// </summary>
public class RoutingTimes
{
    private const int Lists = 16;
    private static readonly IPickRouter SShapeRouter = new SShapeRouter();
    private static readonly IPickRouter LargestGapRouter = new LargestGapRouter();
    private PickLayout _layout = null!;
    private IPickRouter _ours = null!;
    private PickPoint[][] _lists = null!;

    [Params("1 block, depot front left", "2 blocks, depot front left")]
    public string Floor { get; set; } = "";

    [Params(10, 50, 200)]
    public int Picks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _layout = RoutingFloors.Named(Floor);
        _ours = PickRouting.RouterFor(_layout);
        _lists = RoutingFloors.PickLists(_layout, Picks, Lists, seed: Picks);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lists)]
    public long SShape() => RouteAll(SShapeRouter);

    [Benchmark(OperationsPerInvoke = Lists)]
    public long LargestGap() => RouteAll(LargestGapRouter);

    [Benchmark(OperationsPerInvoke = Lists)]
    public long Ours() => RouteAll(_ours);

    private long RouteAll(IPickRouter router)
    {
        long length = 0;
        foreach (var list in _lists) length += router.Route(_layout, list).LengthMm;
        return length;
    }
}
