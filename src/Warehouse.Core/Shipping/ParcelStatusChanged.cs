using Warehouse.Core.Orders;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Shipping;

/// <summary>
/// A parcel moved on: labelled by its carrier, handed over, in transit, delivered… Written with the
/// parcel's change; notices and the shop's webhooks are driven from it.
/// </summary>
[EventName("parcel.status_changed")]
public sealed record ParcelStatusChanged(
    DateTime AtUtc,
    string? StationCode,
    string OrderNumber,
    int ParcelId,
    string CarrierCode,
    string? TrackingNumber,
    ParcelStatus From,
    ParcelStatus To) : FloorFact(AtUtc, StationCode);
