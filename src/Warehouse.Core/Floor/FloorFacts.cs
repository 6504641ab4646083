namespace Warehouse.Core.Floor;

/// <summary>A supervisor closed an exception (a short pack, a weight mismatch) from the wall.</summary>
[EventName("exception.resolved")]
public sealed record ExceptionResolved(DateTime AtUtc, string? StationCode, string? OrderNumber) : FloorFact(AtUtc, StationCode);

/// <summary>Today's plan (orders to ship) was set.</summary>
[EventName("plan.set")]
public sealed record DayPlanSet(DateTime AtUtc, int Orders) : FloorFact(AtUtc, null);

/// <summary>
/// A station's devices changed state (online, ready, a fault). A signal: the board is read again
/// on every change; whether a printer fault stopped a label is the print job's fact.
/// </summary>
[EventName("device.changed")]
public sealed record DeviceChanged(DateTime AtUtc, string StationCode) : FloorSignal(AtUtc, StationCode);
