using Warehouse.Core.Floor;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Stations;

/// <summary>
/// The rules of one station kind behind the shared pipeline. The pipeline has already stored
/// nothing, taken the station's lock and opened the transaction; it signs people in and out,
/// answers the common commands, and writes the audit event and receipt after the handler decides.
/// </summary>
public interface IStationHandler
{
    StationKind Kind { get; }

    /// <summary>
    /// True when its work judges the scale (<see cref="IStationWork.WeighAsync"/>); a stable reading at a
    /// station of another kind, or with no task, is only shown, never judged.
    /// </summary>
    bool Weighs => false;

    /// <summary>Loads the station's current task (<see cref="Station.TaskId"/>) for one decision.</summary>
    Task<IStationWork> OpenAsync(StationContext station, CancellationToken ct);
}

/// <summary>One decision's view of a station's current task, as its kind's handler sees it.</summary>
public interface IStationWork
{
    /// <summary>What the operator should do next, from the state as it now stands.</summary>
    FloorMessage Next();

    /// <summary>True while the task waits for a supervisor's badge; other scans are refused meanwhile.</summary>
    bool AwaitsApproval { get; }

    /// <summary>A supervisor's badge answers the waiting request.</summary>
    Task<ScanResult> ApproveAsync(Operator supervisor, CancellationToken ct);

    /// <summary>A command barcode of this kind (upper case, never one of <see cref="CommonCommands"/>).</summary>
    Task<ScanResult> CommandAsync(string command, CancellationToken ct);

    /// <summary>Any other scan by a signed-in operator (trimmed, checked as text).</summary>
    Task<ScanResult> ScanAsync(string code, CancellationToken ct);

    /// <summary>A stable reading from the station's scale; null when there is nothing to decide.</summary>
    Task<ScanResult?> WeighAsync(WeightReading reading, CancellationToken ct) => Task.FromResult<ScanResult?>(null);
}
