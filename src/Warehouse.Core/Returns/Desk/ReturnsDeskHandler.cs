using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Picking;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// The returns desk behind the station pipeline: the parcel's RMA → its units, one by one → a grade
/// and a disposition each → done. The desk's task (<see cref="Station.TaskId"/>) is the open return.
/// </summary>
public sealed class ReturnsDeskHandler(FloorClock clock, IOptions<ReturnOptions> returns, IOptions<PickingOptions> picking) : IStationHandler
{
    public StationKind Kind => StationKind.Returns;

    public async Task<IStationWork> OpenAsync(StationContext station, CancellationToken ct)
    {
        var open = await LoadReturnAsync(station.Db, station.Station, ct);
        var names = open is null ? new Dictionary<int, string>() : await NamesAsync(station.Db, open, ct);
        var prices = await ReturnPrices.ForAsync(station.Db, open, ct);
        return new Work(new ReturnsDesk(station, open, prices, names, clock.Zone), new ReturnsDeskOptions(returns.Value, picking.Value.GroupSeparatorStandIn));
    }

    internal static async Task<CustomerReturn?> LoadReturnAsync(WarehouseDb db, Station station, CancellationToken ct)
    {
        if (station.TaskId is not int id) return null;
        // After DONE the inspected return stays open until its refund is decided, or the desk moves on.
        return await AtDesk(db).FirstOrDefaultAsync(r => r.Id == id
            && (r.Status == ReturnStatus.Received || (r.Status == ReturnStatus.Inspected && r.Refund == null)), ct);
    }

    /// <summary>Returns with what the desk reads and changes: lines, units and timeline.</summary>
    internal static IQueryable<CustomerReturn> AtDesk(WarehouseDb db) =>
        db.Returns.Include(r => r.Lines).Include(r => r.Units).Include(r => r.History).AsSplitQuery();

    /// <summary>Names of the products declared on the return and of those found in its parcel.</summary>
    internal static async Task<Dictionary<int, string>> NamesAsync(WarehouseDb db, CustomerReturn r, CancellationToken ct)
    {
        var ids = r.Lines.Select(l => l.SkuId).Concat(r.Units.Where(u => u.SkuId is not null).Select(u => u.SkuId!.Value)).Distinct().ToList();
        return await db.Skus.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
    }

    private sealed class Work(ReturnsDesk desk, ReturnsDeskOptions options) : IStationWork
    {
        public FloorMessage Next() => desk.Next();

        // The desk asks no supervisor: what it finds is recorded, and the refund is decided after it.
        public bool AwaitsApproval => false;

        public Task<ScanResult> ApproveAsync(Operator supervisor, CancellationToken ct) =>
            Task.FromResult(desk.Refuse(StationCodes.OtherOperatorSignedIn, desk.Station.Operator?.Name ?? ""));

        public Task<ScanResult> CommandAsync(string command, CancellationToken ct) =>
            command.StartsWith(ReturnsDeskCheckCommands.Prefix, StringComparison.Ordinal)
                ? ReturnsDeskChecks.RunAsync(desk, command, ct)
                : Task.FromResult(ReturnsDeskDecisions.Run(desk, command));

        public Task<ScanResult> ScanAsync(string code, CancellationToken ct) => ReturnsDeskScans.DecideAsync(desk, code, options, ct);
    }
}
