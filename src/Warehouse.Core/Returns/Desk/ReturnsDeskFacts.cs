using Warehouse.Core.Floor;

namespace Warehouse.Core.Returns.Desk;

/// <summary>The return's parcel reached the returns desk: the "return received" notice goes from it, and a withdrawal's refund hold ends.</summary>
[EventName("return.received")]
public sealed record ReturnReceived(DateTime AtUtc, string StationCode, string OrderNumber, string ReturnNumber) : FloorFact(AtUtc, StationCode);

/// <summary>Every unit of the return decided at the desk; counts of what arrived, was missing and came extra.</summary>
[EventName("return.inspected")]
public sealed record ReturnInspected(DateTime AtUtc, string StationCode, string OrderNumber, string ReturnNumber, int Arrived, int Missing, int Extra)
    : FloorFact(AtUtc, StationCode);
