using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// Every line picked or shorted and the last tote confirmed: the list is done and the handheld free. Each of its
/// orders whose pick lines are all done, on every list, finishes picking (Picked, or QualityCheck when chosen);
/// one held or cancelled meanwhile gets put-back tasks for what is in its tote. A wave whose lists are all done is done.
/// </summary>
internal static class ListCompletion
{
    /// <returns>The answer when the list is done now; null while something is left.</returns>
    public static async Task<ScanResult?> FinishIfDoneAsync(PickContext ctx, CancellationToken ct)
    {
        var list = ctx.List!;
        if (list.AwaitingToteSlot is not null || list.Lines.Any(l => !l.IsDone)) return null;
        // Lines added or split in this decision are stored before the orders are read across lists.
        await ctx.Db.SaveChangesAsync(ct);

        list.Finish(ctx.Now);
        list.AtLocation = null;
        ctx.At.Station.TaskId = null;
        ctx.List = null;
        foreach (var tote in list.Totes.OrderBy(t => t.Slot)) await FinishOrderAsync(ctx, tote.OrderId, ct);
        if (!await ctx.Db.PickLists.AnyAsync(l => l.WaveId == list.WaveId && l.Id != list.Id && l.State != PickListState.Done, ct))
            (await ctx.Db.Waves.SingleAsync(w => w.Id == list.WaveId, ct)).Finished();

        var picked = list.Lines.Sum(l => l.Picked);
        var shorted = list.Lines.Sum(l => l.Shorted);
        ctx.Record(new PickListDone(ctx.Now, ctx.StationCode, list.Number, list.Lines.Count, picked, shorted));
        return ctx.Accept(PickCodes.ListFinished, list.Number, picked.ToString(), shorted.ToString());
    }

    private static async Task FinishOrderAsync(PickContext ctx, int orderId, CancellationToken ct)
    {
        if (await ctx.Db.PickLines.AnyAsync(l => l.OrderId == orderId && l.Picked + l.Shorted < l.Quantity, ct)) return;
        var order = await ctx.Db.Orders.SingleAsync(o => o.Id == orderId, ct);
        if (order.Status == OrderStatus.Picking && order.FinishPicking() is null)
            ctx.Record(new OrderPicked(ctx.Now, ctx.StationCode, order.Number, order.Status.ToString()));
        if (order.IsHeld || order.Status == OrderStatus.Cancelled) await PutBacks.AddAsync(ctx, order, ct);
    }
}
