using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// CMD:SHORT:MISSING / CMD:SHORT:DAMAGED at a stop, after its location: what is left to pick there leaves the
/// books (location → outside, reason short, out of its reservation), the location is blocked for picking with a
/// count task, and the shortfall is re-allocated from elsewhere in the zone or the order is held
/// (<see cref="ShortfallReallocation"/>). Never a silent split.
/// </summary>
internal static class ShortPicks
{
    public static async Task<ScanResult> RunAsync(PickContext ctx, string reason, CancellationToken ct)
    {
        var list = ctx.List;
        if (list is null) return ctx.Refuse(PickCodes.ListFirst, reason);
        if (ctx.UnboundTote is { } unbound) return ctx.Refuse(PickCodes.ToteExpected, unbound.Slot.ToString());
        if (list.AwaitingToteSlot is int slot) return ctx.Refuse(PickCodes.ToteExpected, slot.ToString());
        var stop = PickStop.Current(list)!;
        ctx.At.OrderNumber = stop.OrderNumber;
        if (list.AtLocation != stop.Location) return ctx.Refuse(PickCodes.LocationFirst, stop.Location);

        var missing = stop.Lines.Where(l => PickStop.Left(l) > 0).Select(l => (Line: l, Quantity: PickStop.Left(l))).ToList();
        var ledger = new StockLedger(ctx.Db);
        foreach (var (line, quantity) in missing)
        {
            await ledger.ApplyAsync(StockMove.Create(ctx.Now, line.SkuId, StockPlace.AtLocation(line.LocationCode), StockPlace.Outside, quantity,
                StockReasons.Short, list.Number, line.Lot, line.Expiry), fromReserved: true, ct);
            line.Shorted += quantity;
        }
        var location = await ctx.Db.Locations.SingleAsync(l => l.Code == stop.Location, ct);
        location.BlockedForPicking = true;
        ctx.Db.CountTasks.Add(new CountTask { LocationCode = stop.Location, Reason = $"short: {reason}", SourceDocument = list.Number, CreatedUtc = ctx.Now });
        // The re-allocation reads the balances in SQL: it must see the location blocked.
        await ctx.Db.SaveChangesAsync(ct);

        var sku = ctx.Skus[stop.SkuId];
        var units = missing.Sum(m => m.Quantity);
        if (stop.Picked > 0)
        {
            list.AwaitingToteSlot = stop.ToteSlot;
            ctx.Record(new PickLinePicked(ctx.Now, ctx.StationCode, list.Number, stop.OrderNumber, sku.Code, stop.Picked, stop.Location));
        }
        var newPlaces = await ShortfallReallocation.RunAsync(ctx, missing, $"{sku.Code}: {units} short at {stop.Location} ({list.Number})", ct);
        ctx.Touch();
        ctx.Record(new PickShorted(ctx.Now, ctx.StationCode, list.Number, stop.OrderNumber, sku.Code, units, stop.Location, reason, newPlaces is not null));

        await ListCompletion.FinishIfDoneAsync(ctx, ct);
        return newPlaces is null
            ? ctx.Accept(PickCodes.ShortHeld, units.ToString(), stop.Location, stop.OrderNumber)
            : ctx.Accept(PickCodes.ShortReallocated, units.ToString(), stop.Location, string.Join(", ", newPlaces));
    }
}
