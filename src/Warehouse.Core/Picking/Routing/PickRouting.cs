namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// The router for a layout, and the plan the API shows. Both layouts we model have an exact
/// method that is linear in the aisles, so the floor always walks the shortest route.
/// </summary>
public static class PickRouting
{
    private static readonly IPickRouter SingleBlock = new RatliffRosenthalRouter();
    private static readonly IPickRouter TwoBlocks = new RoodbergenDeKosterRouter();
    private static readonly IPickRouter SShape = new SShapeRouter();
    private static readonly IPickRouter LargestGap = new LargestGapRouter();

    public static IPickRouter RouterFor(PickLayout layout) => layout.Blocks == 1 ? SingleBlock : TwoBlocks;

    public static PickRoutePlan Plan(PickLayout layout, IReadOnlyList<PickPoint> picks)
    {
        var route = RouterFor(layout).Route(layout, picks);
        var method = layout.Blocks == 1 ? "Ratliff–Rosenthal (exact)" : "Roodbergen–De Koster (exact)";
        return new PickRoutePlan(route, method, SShape.Route(layout, picks).LengthMm, LargestGap.Route(layout, picks).LengthMm);
    }
}
