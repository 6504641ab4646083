using Warehouse.Core.Packing;

using Warehouse.Core.Floor;

namespace Warehouse.Core.Wall;

/// <summary>The supervisor's live picture of the floor, as the wall screen shows it.</summary>
public sealed record FloorView(
    DateTime AtUtc,
    IReadOnlyList<StationStatus> Stations,
    int PackedToday,
    int? PlanToday,
    int OrdersWaiting,
    IReadOnlyList<ShipByGroup> Waiting,
    int WaitingWithoutValidShipBy,
    OrdersPerHour Chart,
    int OpenExceptions,
    IReadOnlyList<FloorException> Exceptions)
{
    public int LateOrders => Waiting.Where(g => g.Late).Sum(g => g.Orders);
}

/// <summary>What a station is doing, as the wall shows it: one word, one colour, one icon.</summary>
public enum StationState
{
    SignedOut,
    Idle,
    Working,
    WaitingForSupervisor,
    PrinterFault,
}

public sealed record StationStatus(
    string Code,
    string? OperatorName,
    string? OrderNumber,
    string? LastScan,
    DateTime? LastScanUtc,
    DateTime? LastActivityUtc,
    int PackedToday,
    int RefusedToday,
    StationState State,
    string? PendingApproval,
    int UnitsLastHour);

/// <summary>Orders waiting to be packed that must ship by the same hour.</summary>
public sealed record ShipByGroup(DateTime ShipByUtc, int Orders, bool Late);

/// <summary>Orders packed per station in each of the last hours, oldest hour first.</summary>
public sealed record OrdersPerHour(IReadOnlyList<DateTime> HourStartsUtc, IReadOnlyDictionary<string, int[]> ByStation)
{
    public int Max => ByStation.Values.SelectMany(v => v).DefaultIfEmpty(0).Max();
}

public sealed record FloorException(int Id, ExceptionKind Kind, DateTime AtUtc, string StationCode, string OrderNumber, int? ExpectedGrams, int? ActualGrams, string? Reason, bool Resolved, string? PhotoIds = null)
{
    /// <summary>The photos taken for the case (a failed QC check), as the upload numbered them.</summary>
    public IReadOnlyList<string> Photos => PhotoIds?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
