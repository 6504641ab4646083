using Warehouse.Core.Floor;

namespace Warehouse.Core.Shipping;

/// <summary>A call to the carrier gave no label: <paramref name="Refused"/> when a person must act, else it is tried again by itself.</summary>
[EventName("shipment.not_made")]
public sealed record ShipmentNotMade(DateTime AtUtc, string StationCode, string OrderNumber, int ParcelId, string CarrierCode, bool Refused, string Problem)
    : FloorFact(AtUtc, StationCode);

/// <summary>A packer or a supervisor asked the carrier again for a parcel's label.</summary>
[EventName("shipment.retried")]
public sealed record ShipmentRetried(DateTime AtUtc, string StationCode, string OrderNumber, int ParcelId) : FloorFact(AtUtc, StationCode);
