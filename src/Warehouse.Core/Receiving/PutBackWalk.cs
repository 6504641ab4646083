using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Receiving;

/// <summary>
/// Put-back at the goods-in desk (<c>CMD:PUTBACK</c>): the tote of a held or cancelled order → its units → the
/// location each came from. Each location scan is a ledger move tote → location (reason put-back), the tasks done
/// closed; the tote is freed when its last task is. Units in hand go to one location at a time.
/// </summary>
internal static class PutBackWalk
{
    public static async Task<ScanResult> StartAsync(ReceivingContext ctx, CancellationToken ct)
    {
        if (ctx.InHand.Count > 0) return DeliveryScans.InHand(ctx);
        ctx.Tasks = await ReceivingHandler.OpenTasksAsync(ctx.Db, ct);
        if (ctx.Desk.Mode == DeskMode.PutBack && ctx.TasksInHand.Count > 0) return List(ctx);
        if (ctx.Tasks.Count == 0) return ctx.Accept(ReceivingCodes.PutBackNone);
        // The delivery stays open for a later scan of its number; the desk leaves it meanwhile.
        ctx.At.Station.TaskId = null;
        ctx.Delivery = null;
        ctx.Desk.Mode = DeskMode.PutBack;
        ctx.Desk.Confirm = DeskConfirm.None;
        return List(ctx);
    }

    public static ScanResult End(ReceivingContext ctx)
    {
        if (ctx.TasksInHand is [var first, ..]) return ctx.Refuse(ReceivingCodes.PutBackOtherLocation, first.FromLocationCode);
        ctx.Desk.Mode = DeskMode.Receipt;
        ctx.Desk.PutBackTote = null;
        ctx.Tasks = [];
        return ctx.Accept(ReceivingCodes.PutBackEnded);
    }

    public static async Task<ScanResult> ScanAsync(ReceivingContext ctx, string code, CancellationToken ct)
    {
        var inHand = ctx.TasksInHand;
        if (code.StartsWith("DEL-", StringComparison.OrdinalIgnoreCase) && inHand.Count == 0)
        {
            End(ctx);
            return await ReceiptScanRules.DecideAsync(ctx, code, ct);
        }
        if (LocationCode.TryParse(code, out var location))
        {
            if (inHand.Count == 0) return ctx.Refuse(ctx.Desk.PutBackTote is null ? ReceivingCodes.PutBackToteFirst : ReceivingCodes.ItemsFirst, code);
            return await StoreAsync(ctx, inHand, location.Value, ct);
        }
        if (ctx.Tasks.Any(t => t.ToteBarcode == code)) return await TakeToteAsync(ctx, code, ct);
        if (ctx.Desk.PutBackTote is null)
        {
            return CarrierBarcode.IsWellFormed(code) && await ctx.Db.Totes.AnyAsync(t => t.Barcode == code, ct)
                ? ctx.Refuse(ReceivingCodes.PutBackToteEmpty, code)
                : ctx.Refuse(ReceivingCodes.PutBackToteFirst, ScanText.ForAudit(code));
        }
        return await TakeUnitAsync(ctx, code, inHand, ct);
    }

    private static ScanResult List(ReceivingContext ctx) =>
        ctx.Accept(ReceivingCodes.PutBackList, ctx.Tasks.Count.ToString(), ctx.Tasks.Sum(t => t.Quantity - t.Returned).ToString(),
            string.Join(", ", ctx.Tasks.Select(t => t.ToteBarcode).Distinct()));

    private static async Task<ScanResult> TakeToteAsync(ReceivingContext ctx, string tote, CancellationToken ct)
    {
        if (ctx.Desk.PutBackTote == tote) return ctx.Accept(ReceivingCodes.PutBackTote, tote, ctx.ToteTasks.Sum(t => t.Quantity - t.Returned).ToString());
        if (ctx.TasksInHand is [var first, ..]) return ctx.Refuse(ReceivingCodes.PutBackOtherLocation, first.FromLocationCode);
        var elsewhere = await ctx.Db.GoodsInDesks.Where(d => d.PutBackTote == tote && d.StationCode != ctx.StationCode)
            .Select(d => d.StationCode).FirstOrDefaultAsync(ct);
        if (elsewhere is not null) return ctx.Refuse(ReceivingCodes.PutBackToteElsewhere, tote, elsewhere);
        ctx.Desk.PutBackTote = tote;
        return ctx.Accept(ReceivingCodes.PutBackTote, tote, ctx.ToteTasks.Sum(t => t.Quantity - t.Returned).ToString());
    }

    private static async Task<ScanResult> TakeUnitAsync(ReceivingContext ctx, string code, List<PutBackTask> inHand, CancellationToken ct)
    {
        var tote = ctx.Desk.PutBackTote!;
        if (ScannedItem.Read(code, ctx.GroupSeparatorStandIn, out var item) is { } unreadable) return ctx.Refuse(unreadable.Code, unreadable.Args);
        var sku = await ctx.Db.FindByScanAsync(item.Key, ct);
        if (sku is null)
            return Gtin.LooksLikeGtinWithBadCheckDigit(item.Key)
                ? ctx.Refuse(PickCodes.BadCheckDigit, ScanText.ForAudit(item.Key))
                : ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(code));
        if (sku.TracksLots && string.IsNullOrEmpty(item.Lot)) return ctx.Refuse(ReceivingCodes.LotRequired, sku.Code, sku.Name);
        if (sku.TracksSerials && string.IsNullOrEmpty(item.Serial)) return ctx.Refuse(ReceivingCodes.SerialRequired, sku.Code, sku.Name);

        var candidates = ctx.ToteTasks.Where(t => t.SkuId == sku.Id && t.Returned + t.InHand < t.Quantity
            && (!sku.TracksLots || t.Lot == item.Lot) && (!sku.TracksSerials || t.Serial == item.Serial)).ToList();
        if (candidates.Count == 0) return ctx.Refuse(ReceivingCodes.PutBackWrongItem, sku.Code, tote);
        var place = inHand.FirstOrDefault()?.FromLocationCode;
        var task = place is null ? candidates[0] : candidates.FirstOrDefault(t => t.FromLocationCode == place);
        if (task is null) return ctx.Refuse(ReceivingCodes.PutBackOtherLocation, place!);
        task.InHand++;
        return ctx.Accept(ReceivingCodes.PutBackTaken, sku.Code, sku.Name, task.FromLocationCode, ctx.TasksInHand.Sum(t => t.InHand).ToString());
    }

    private static async Task<ScanResult> StoreAsync(ReceivingContext ctx, List<PutBackTask> inHand, string location, CancellationToken ct)
    {
        var target = inHand[0].FromLocationCode;
        if (location != target) return ctx.Refuse(ReceivingCodes.PutBackWrongLocation, location, target);
        var tote = ctx.Desk.PutBackTote!;
        var moves = inHand.Select(t => StockMove.Create(ctx.Now, t.SkuId, StockPlace.InTote(tote), StockPlace.AtLocation(location), t.InHand,
            StockReasons.PutBack, t.OrderNumber, t.Lot, t.Expiry, t.Serial)).ToList();
        var units = inHand.Sum(t => t.InHand);
        var closed = 0;
        foreach (var task in inHand)
        {
            task.Returned += task.InHand;
            task.InHand = 0;
            if (task.Returned < task.Quantity) continue;
            task.DoneUtc = ctx.Now;
            task.PutToLocationCode = location;
            closed++;
        }
        await new StockLedger(ctx.Db).ApplyAsync(moves, ct: ct);
        var orders = ctx.ToteTasks.Select(t => t.OrderNumber).Distinct().ToList();
        ctx.Tasks.RemoveAll(t => t.DoneUtc is not null);
        var left = ctx.ToteTasks.Count();
        ctx.Record(new PutBackDone(ctx.Now, ctx.StationCode, tote, location, units, closed, left));
        if (left > 0) return ctx.Accept(ReceivingCodes.PutBackStored, units.ToString(), location, ctx.ToteTasks.Sum(t => t.Quantity - t.Returned).ToString());

        // The tote's last task: it is empty now and free for the next pick.
        await ctx.Db.Totes.Where(t => t.Barcode == tote && (t.OrderNumber == null || orders.Contains(t.OrderNumber)))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, CarrierState.Empty).SetProperty(t => t.OrderId, (int?)null)
                .SetProperty(t => t.OrderNumber, (string?)null), ct);
        ctx.Desk.PutBackTote = null;
        return ctx.Accept(ReceivingCodes.PutBackToteDone, tote, units.ToString(), location);
    }
}
