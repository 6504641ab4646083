using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// A picker takes a pick list by its number (or the oldest open one). A list another picker walks on another
/// handheld is refused; the same picker, or this handheld, resumes it. Two handhelds taking one list at once
/// race on its version: the loser decides again and finds it taken.
/// </summary>
internal static class ListTaking
{
    public static async Task<ScanResult> TakeNextAsync(PickContext ctx, CancellationToken ct)
    {
        if (ctx.List is { } open) return ctx.Refuse(PickCodes.ListOpen, open.Number);
        var oldest = await ctx.Db.PickLists.Where(l => l.State == PickListState.Open).OrderBy(l => l.Id).Select(l => (int?)l.Id).FirstOrDefaultAsync(ct);
        return oldest is int id ? await TakeAsync(ctx, id, ct) : ctx.Refuse(PickCodes.NoListWaiting);
    }

    public static async Task<ScanResult> TakeAsync(PickContext ctx, int listId, CancellationToken ct)
    {
        if (ctx.List is { } open)
        {
            return open.Id == listId
                ? ctx.Accept(PickCodes.ListResumed, open.Number)
                : ctx.Refuse(PickCodes.ListOpen, open.Number);
        }
        var list = await ctx.Db.PickLists.Include(l => l.Totes).Include(l => l.Lines).AsSplitQuery().FirstOrDefaultAsync(l => l.Id == listId, ct);
        if (list is null) return ctx.Refuse(PickCodes.ListUnknown, Waves.WaveNumbers.PickList(listId));
        if (list.State == PickListState.Done) return ctx.Refuse(PickCodes.ListAlreadyDone, list.Number);

        var station = ctx.At.Station;
        var pickerId = station.OperatorId!.Value;
        if (list.State == PickListState.Picking && list.PickerId != pickerId && list.StationCode != station.Code)
        {
            var picker = await ctx.Db.Operators.Where(o => o.Id == list.PickerId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
            return ctx.Refuse(PickCodes.ListTaken, list.Number, picker, list.StationCode ?? "");
        }

        var resumed = list.State == PickListState.Picking;
        list.Start(pickerId, station.Code, ctx.Now);
        station.TaskId = list.Id;
        ctx.List = list;
        ctx.Skus = await PickingHandler.SkusAsync(ctx.Db, list, ct);
        if (!resumed) ctx.Record(new PickListStarted(ctx.Now, station.Code, list.Number, pickerId));
        return resumed
            ? ctx.Accept(PickCodes.ListResumed, list.Number)
            : ctx.Accept(PickCodes.ListStarted, list.Number, list.Lines.Count.ToString(), list.Totes.Count.ToString());
    }
}
