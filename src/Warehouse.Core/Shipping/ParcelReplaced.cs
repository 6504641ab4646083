using Warehouse.Core.Floor;

namespace Warehouse.Core.Shipping;

/// <summary>
/// A new parcel took an old one's place (a changed parcel count): the old one's shipment is to be
/// cancelled at the carrier (<see cref="VoidDesk"/>), the new one's label asked for.
/// </summary>
[EventName("parcel.replaced")]
public sealed record ParcelReplaced(DateTime AtUtc, string StationCode, string OrderNumber, int OldParcelId, string OldSscc, string NewSscc, int Number, int Count)
    : FloorFact(AtUtc, StationCode);
