namespace Warehouse.Core.Floor;

/// <summary>The supervisor's live picture of the floor.</summary>
public sealed record FloorView(
    DateTime AtUtc,
    IReadOnlyList<StationStatus> Stations,
    int PackedToday,
    int OrdersWaiting,
    DateTime? NextShipByUtc,
    IReadOnlyList<FloorException> Exceptions);

public sealed record StationStatus(
    string Code,
    string? OperatorName,
    string? OrderNumber,
    string? LastScan,
    DateTime? LastScanUtc,
    DateTime? LastActivityUtc,
    int PackedToday,
    int RefusedToday);

public sealed record FloorException(string Kind, DateTime AtUtc, string StationCode, string OrderNumber, int? ExpectedGrams, int? ActualGrams, string? Reason, bool Resolved);
