using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>
/// Packing behind the station pipeline: a packing station's task (<see cref="Station.TaskId"/>)
/// is its open <see cref="PackingSession"/>.
/// </summary>
public sealed class PackingHandler(ParcelCompletion completion, ScaleReadings scales, IOptions<PackingOptions> options) : IStationHandler
{
    public StationKind Kind => StationKind.Packing;

    public bool Weighs => true;

    public async Task<IStationWork> OpenAsync(StationContext station, CancellationToken ct)
    {
        var session = await LoadSessionAsync(station.Db, station.Station, ct);
        var ctx = new ScanContext(station, session, options.Value) { LiveWeight = scales.Latest(station.Station.Code) };
        return new Work(ctx, completion);
    }

    internal static async Task<PackingSession?> LoadSessionAsync(WarehouseDb db, Station station, CancellationToken ct)
    {
        if (station.TaskId is not int id) return null;
        return await db.PackingSessions
            .Include(s => s.Units)
            .Include(s => s.Order).ThenInclude(o => o.Lines).ThenInclude(l => l.Sku)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id && s.Status == SessionStatus.Open, ct);
    }

    private sealed class Work(ScanContext ctx, ParcelCompletion completion) : IStationWork
    {
        public FloorMessage Next() => ctx.Next();

        public bool AwaitsApproval => ctx.Session?.PendingApproval is not null || StationVoids.AwaitsSupervisor(ctx);

        public Task<ScanResult> ApproveAsync(Operator supervisor, CancellationToken ct) =>
            ctx.Station.VoidUnderway ? Task.FromResult(StationVoids.Approve(ctx, supervisor)) : Approvals.ApproveAsync(ctx, supervisor, completion, ct);

        public Task<ScanResult> CommandAsync(string command, CancellationToken ct) =>
            StationVoids.Answers(ctx, command)
                ? Task.FromResult(StationVoids.Command(ctx, command, completion.Planner))
                : PackingCommands.RunAsync(ctx, command, completion, ct);

        // While voiding, whatever is scanned is the label of the parcel to void.
        public Task<ScanResult> ScanAsync(string code, CancellationToken ct) =>
            ctx.Station.VoidUnderway ? StationVoids.ReplaceAsync(ctx, code, completion, ct) : ScanRules.DecideAsync(ctx, code, ct);

        public Task<ScanResult?> WeighAsync(WeightReading reading, CancellationToken ct)
        {
            if (ctx.Session is null || ctx.Station.VoidUnderway) return Task.FromResult<ScanResult?>(null);
            ctx.LiveWeight = reading;
            return completion.JudgeWeightAsync(ctx, reading, ct);
        }
    }
}
