using Warehouse.Core.Floor;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>A picker took a pick list on a handheld.</summary>
[EventName("pick.list_started")]
public sealed record PickListStarted(DateTime AtUtc, string StationCode, string PickList, int? PickerId) : FloorFact(AtUtc, StationCode);

/// <summary>A pick line is done by picking (all of it, or what was there before a short): the dashboard counts lines an hour.</summary>
[EventName("pick.line_picked")]
public sealed record PickLinePicked(DateTime AtUtc, string StationCode, string PickList, string OrderNumber, string Sku, int Quantity, string Location)
    : FloorFact(AtUtc, StationCode);

/// <summary>Units a picker did not find (or found damaged): off the books, the location to count, the shortfall re-allocated or the order held.</summary>
[EventName("pick.short")]
public sealed record PickShorted(DateTime AtUtc, string StationCode, string PickList, string OrderNumber, string Sku, int Quantity, string Location,
    string Reason, bool Reallocated) : FloorFact(AtUtc, StationCode);

/// <summary>Every line of a pick list is picked or shorted.</summary>
[EventName("pick.list_done")]
public sealed record PickListDone(DateTime AtUtc, string StationCode, string PickList, int Lines, int Picked, int Shorted) : FloorFact(AtUtc, StationCode);

/// <summary>Every pick line of the order is done: its units are in its totes (status Picked, or QualityCheck when it must be checked).</summary>
[EventName("order.picked")]
public sealed record OrderPicked(DateTime AtUtc, string StationCode, string OrderNumber, string Status) : FloorFact(AtUtc, StationCode);
