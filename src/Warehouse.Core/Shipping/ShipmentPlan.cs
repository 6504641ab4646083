using Warehouse.Core.Floor;

namespace Warehouse.Core.Shipping;

/// <summary>
/// Which carrier and service take a parcel, decided at the packing table where a parcel that breaks
/// the carrier's limits can still be repacked; <see cref="Refusal"/> says why it cannot go as it is.
/// </summary>
public sealed record ShipmentPlan(string CarrierCode, string ServiceCode, string CarrierName, string? LockerSize, FloorMessage? Refusal = null)
{
    /// <summary>The service delivers to a locker or pickup point (the order's), not to the door.</summary>
    public bool ToPickupPoint { get; init; }
}
