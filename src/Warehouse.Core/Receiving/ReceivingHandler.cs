using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Picking;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Receiving;

/// <summary>
/// The goods-in desk behind the station pipeline: its task (<see cref="Station.TaskId"/>) is the delivery it
/// receives — delivery → items → location, each location scan a receipt in the ledger — and, on
/// <c>CMD:PUTBACK</c>, the put-back tasks: tote → units → location. The rules are in docs/picking.md.
/// </summary>
public sealed class ReceivingHandler(IOptions<PickingOptions> options) : IStationHandler
{
    public StationKind Kind => StationKind.Receiving;

    public async Task<IStationWork> OpenAsync(StationContext station, CancellationToken ct)
    {
        var db = station.Db;
        var desk = await db.GoodsInDesks.FirstOrDefaultAsync(d => d.StationCode == station.Station.Code, ct);
        if (desk is null) db.GoodsInDesks.Add(desk = new GoodsInDesk { StationCode = station.Station.Code });
        var ctx = new ReceivingContext(station, desk, options.Value.GroupSeparatorStandIn);
        if (station.Station.TaskId is int id) await LoadDeliveryAsync(ctx, id, ct);
        if (desk.Mode == DeskMode.PutBack) ctx.Tasks = await OpenTasksAsync(db, ct);
        return new Work(ctx);
    }

    internal static async Task LoadDeliveryAsync(ReceivingContext ctx, int id, CancellationToken ct)
    {
        ctx.Delivery = await ctx.Db.Deliveries.Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == id && d.State != DeliveryState.Closed, ct);
        ctx.InHand = ctx.Delivery is null ? [] : await ctx.Db.ReceivedUnits
            .Where(u => u.DeliveryId == id && u.StationCode == ctx.StationCode && u.LocationCode == null).OrderBy(u => u.Id).ToListAsync(ct);
    }

    internal static Task<List<PutBackTask>> OpenTasksAsync(WarehouseDb db, CancellationToken ct) =>
        db.PutBackTasks.Where(t => t.DoneUtc == null).OrderBy(t => t.Id).ToListAsync(ct);

    private sealed class Work(ReceivingContext ctx) : IStationWork
    {
        public FloorMessage Next() => ctx.Next();

        // Overs are confirmed by the receiver's own command: the summary on closing tells the buyer.
        public bool AwaitsApproval => false;

        public Task<ScanResult> ApproveAsync(Operator supervisor, CancellationToken ct) =>
            Task.FromResult(ctx.Refuse(StationCodes.ScanUnknown, supervisor.Badge));

        public async Task<ScanResult> CommandAsync(string command, CancellationToken ct)
        {
            if (Refusal() is { } refused) return refused;
            return command switch
            {
                ReceivingCommands.Blind => DeliveryScans.ArmBlind(ctx),
                ReceivingCommands.Over => UnitReceipts.ArmOver(ctx),
                ReceivingCommands.Close => await DeliveryClosing.CloseAsync(ctx, ct),
                ReceivingCommands.PutBack => await PutBackWalk.StartAsync(ctx, ct),
                ReceivingCommands.PutBackEnd => PutBackWalk.End(ctx),
                _ => ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(command)),
            };
        }

        public async Task<ScanResult> ScanAsync(string code, CancellationToken ct)
        {
            if (Refusal() is { } refused) return refused;
            if (ctx.Desk.Mode == DeskMode.PutBack) return await PutBackWalk.ScanAsync(ctx, code, ct);
            return await ReceiptScanRules.DecideAsync(ctx, code, ct);
        }

        private ScanResult? Refusal() =>
            ctx.At.Station.Operator is { } person && !person.Role.CanReceive() ? ctx.Refuse(ReceivingCodes.NotReceiver, person.Name) : null;
    }
}
