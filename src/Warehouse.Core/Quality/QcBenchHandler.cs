using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Quality;

/// <summary>
/// The QC bench behind the station pipeline: tote → its order's items, one by one → pass or fail.
/// The bench's task (<see cref="Station.TaskId"/>) is its open <see cref="QcCheck"/>.
/// </summary>
public sealed class QcBenchHandler : IStationHandler
{
    public StationKind Kind => StationKind.Quality;

    public async Task<IStationWork> OpenAsync(StationContext station, CancellationToken ct) =>
        new Work(new QcBench(station, await LoadCheckAsync(station.Db, station.Station, ct)));

    internal static async Task<QcCheck?> LoadCheckAsync(WarehouseDb db, Station station, CancellationToken ct)
    {
        if (station.TaskId is not int id) return null;
        return await db.QcChecks
            .Include(c => c.Units)
            .Include(c => c.Order).ThenInclude(o => o.Lines).ThenInclude(l => l.Sku)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id && c.Result == QcResult.Open, ct);
    }

    private sealed class Work(QcBench bench) : IStationWork
    {
        public FloorMessage Next() => bench.Next();

        // The bench asks no supervisor: a failure goes to the exceptions queue instead.
        public bool AwaitsApproval => false;

        public Task<ScanResult> ApproveAsync(Operator supervisor, CancellationToken ct) =>
            Task.FromResult(bench.Refuse(StationCodes.OtherOperatorSignedIn, bench.Station.Operator?.Name ?? ""));

        public Task<ScanResult> CommandAsync(string command, CancellationToken ct) => QcVerdicts.RunAsync(bench, command, ct);

        public Task<ScanResult> ScanAsync(string code, CancellationToken ct) => QcScans.DecideAsync(bench, code, ct);
    }
}
