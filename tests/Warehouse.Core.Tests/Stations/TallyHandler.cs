using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Stations;

/// <summary>
/// A station kind the pipeline has never heard of, as picking, QC, returns and the dock will be:
/// it counts scans. Its task is kept in the station's TaskId — the count, negated (less one)
/// while a reset waits for a supervisor's badge.
/// </summary>
internal sealed class TallyHandler : IStationHandler
{
    public const StationKind TallyKind = (StationKind)100;
    public const string Reset = "CMD:RESET";

    public StationKind Kind => TallyKind;

    public Task<IStationWork> OpenAsync(StationContext station, CancellationToken ct) => Task.FromResult<IStationWork>(new Work(station));

    private sealed class Work(StationContext at) : IStationWork
    {
        private int Count => at.Station.TaskId is int n ? (n < 0 ? -n - 1 : n) : 0;

        public bool AwaitsApproval => at.Station.TaskId < 0;

        public FloorMessage Next() => at.Station.OperatorId is null ? new(StationCodes.NextSignIn) : new("tally.next", Count.ToString());

        public Task<ScanResult> ApproveAsync(Operator supervisor, CancellationToken ct)
        {
            at.Station.TaskId = 0;
            return Task.FromResult(ScanResult.Ok(Next(), "tally.reset", supervisor.Name));
        }

        public Task<ScanResult> CommandAsync(string command, CancellationToken ct)
        {
            if (command != Reset) return Task.FromResult(ScanResult.Refused(Next(), StationCodes.ScanUnknown, command));
            at.Station.TaskId = -Count - 1;
            return Task.FromResult(ScanResult.Ok(Next(), "tally.reset_requested"));
        }

        public Task<ScanResult> ScanAsync(string code, CancellationToken ct)
        {
            at.Station.TaskId = Count + 1;
            at.Record(new TallyCounted(at.Now, at.Station.Code, code));
            return Task.FromResult(ScanResult.Ok(Next(), "tally.counted", code, Count.ToString()));
        }
    }
}

/// <summary>The tally kind's own fact: a new station kind declares its events, nothing else changes.</summary>
[EventName("tally.counted")]
public sealed record TallyCounted(DateTime AtUtc, string StationCode, string Code) : FloorFact(AtUtc, StationCode);
