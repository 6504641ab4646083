using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Picking;

/// <summary>
/// The pick handheld behind the station pipeline: a handheld's task (<see cref="Station.TaskId"/>) is the pick
/// list it walks — totes first, then each stop's location, items and tote. The rules are in docs/picking.md.
/// </summary>
public sealed class PickingHandler(IOptions<PickingOptions> options) : IStationHandler
{
    public StationKind Kind => StationKind.Picking;

    public async Task<IStationWork> OpenAsync(StationContext station, CancellationToken ct)
    {
        var list = await LoadAsync(station.Db, station.Station, ct);
        var ctx = new PickContext(station, list, await SkusAsync(station.Db, list, ct), options.Value);
        if (list is not null) station.OrderNumber = PickStop.Current(list)?.OrderNumber;
        return new Work(ctx);
    }

    /// <summary>The list this handheld walks: taken here and not yet done (the picker may have resumed it on another handheld).</summary>
    internal static async Task<PickList?> LoadAsync(WarehouseDb db, Station station, CancellationToken ct)
    {
        if (station.TaskId is not int id) return null;
        return await db.PickLists.Include(l => l.Totes).Include(l => l.Lines).AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == id && l.State == PickListState.Picking && l.StationCode == station.Code, ct);
    }

    internal static async Task<IReadOnlyDictionary<int, Catalog.Sku>> SkusAsync(WarehouseDb db, PickList? list, CancellationToken ct)
    {
        if (list is null) return new Dictionary<int, Catalog.Sku>();
        var ids = list.Lines.Select(l => l.SkuId).Distinct().ToList();
        return await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
    }

    private sealed class Work(PickContext ctx) : IStationWork
    {
        public FloorMessage Next() => ctx.Next();

        // Nothing at a handheld waits for a supervisor: a short is the picker's word, checked by the count.
        public bool AwaitsApproval => false;

        public Task<ScanResult> ApproveAsync(Operator supervisor, CancellationToken ct) =>
            Task.FromResult(ctx.Refuse(StationCodes.ScanUnknown, supervisor.Badge));

        public Task<ScanResult> CommandAsync(string command, CancellationToken ct) => command switch
        {
            PickCommands.Next => ListTaking.TakeNextAsync(ctx, ct),
            PickCommands.ShortMissing => ShortPicks.RunAsync(ctx, "missing", ct),
            PickCommands.ShortDamaged => ShortPicks.RunAsync(ctx, "damaged", ct),
            _ => Task.FromResult(ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(command))),
        };

        public Task<ScanResult> ScanAsync(string code, CancellationToken ct) => PickScanRules.DecideAsync(ctx, code, ct);
    }
}
