using Warehouse.Core.Floor;

namespace Warehouse.Core.Orders;

[EventName("order.imported")]
public sealed record OrderImported(DateTime AtUtc, string OrderNumber) : FloorFact(AtUtc, null);

/// <summary>A packer opened the order at a station; it is theirs until packed or released.</summary>
[EventName("order.claimed")]
public sealed record OrderClaimed(DateTime AtUtc, string StationCode, string OrderNumber) : FloorFact(AtUtc, StationCode);

[EventName("order.packed")]
public sealed record OrderPacked(DateTime AtUtc, string StationCode, string OrderNumber) : FloorFact(AtUtc, StationCode);

/// <summary>The order was cancelled or held while it was open at a station (or nowhere).</summary>
[EventName("order.stopped")]
public sealed record OrderStopped(DateTime AtUtc, string? StationCode, string OrderNumber, FloorMessage Reason) : FloorFact(AtUtc, StationCode);

/// <summary>A supervisor took the order away from a station and put it back in the queue.</summary>
[EventName("order.claim_released")]
public sealed record ClaimReleased(DateTime AtUtc, string StationCode, string OrderNumber) : FloorFact(AtUtc, StationCode);

/// <summary>One hold reason was lifted; <paramref name="Resumed"/> when none is left and the order goes on.</summary>
[EventName("order.hold_lifted")]
public sealed record OrderHoldLifted(DateTime AtUtc, string? StationCode, string OrderNumber, bool Resumed) : FloorFact(AtUtc, StationCode);
