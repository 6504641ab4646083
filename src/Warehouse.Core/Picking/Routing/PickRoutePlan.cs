namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// What the pick list API shows: our route, and what S-shape and largest gap would walk for the
/// same picks — "our route X m, S-shape Y m, largest gap Z m".
/// </summary>
public sealed record PickRoutePlan(PickRoute Route, string Method, long SShapeLengthMm, long LargestGapLengthMm)
{
    public long SavedOnSShapeMm => SShapeLengthMm - Route.LengthMm;
    public long SavedOnLargestGapMm => LargestGapLengthMm - Route.LengthMm;
}
