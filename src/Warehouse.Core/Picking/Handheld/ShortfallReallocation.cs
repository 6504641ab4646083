using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// Units shorted at a stop, allocated again in the same transaction (first expiry first; the blocked location
/// is left out by the allocation itself). All of it found in the list's zone: new lines on this list and the
/// undone lines routed again. Otherwise nothing is taken, the order is held for stock, and its reservations
/// left on this list are released (those lines count as shorted).
/// </summary>
internal static class ShortfallReallocation
{
    private const string Savepoint = "shortfall";

    /// <returns>The locations the shortfall now comes from; null when the order was held.</returns>
    public static async Task<IReadOnlyList<string>?> RunAsync(PickContext ctx, IReadOnlyList<(PickLine Line, int Quantity)> shorted, string why, CancellationToken ct)
    {
        var list = ctx.List!;
        // A short allocation keeps what it reserved before it ran out; the savepoint takes all of it back.
        var tx = ctx.Db.Database.CurrentTransaction!;
        await tx.CreateSavepointAsync(Savepoint, ct);
        var reserved = new List<(PickLine Like, AllocatedStock Part)>();
        var found = true;
        foreach (var group in shorted.GroupBy(s => s.Line.OrderLineId))
        {
            var like = group.First().Line;
            if (await StockAllocation.ReserveAsync(ctx.Db, like.SkuId, group.Sum(g => g.Quantity), null, ct) is not AllocationOutcome.Reserved outcome)
            {
                found = false;
                break;
            }
            reserved.AddRange(outcome.Parts.Select(p => (like, p)));
        }
        var codes = reserved.Select(r => r.Part.LocationCode).Distinct().ToList();
        var zones = await ctx.Db.Locations.Where(l => codes.Contains(l.Code)).Select(l => l.Zone!.Code).Distinct().ToListAsync(ct);
        if (found && zones.All(z => z == list.ZoneCode))
        {
            list.Lines.AddRange(reserved.Select(r => new PickLine
            {
                WaveId = r.Like.WaveId, PickListId = list.Id, OrderId = r.Like.OrderId, OrderNumber = r.Like.OrderNumber, OrderLineId = r.Like.OrderLineId,
                SkuId = r.Like.SkuId, ZoneCode = list.ZoneCode, LocationCode = r.Part.LocationCode, BalanceId = r.Part.BalanceId,
                Lot = r.Part.Lot, Expiry = r.Part.Expiry, Quantity = r.Part.Quantity, ToteSlot = r.Like.ToteSlot,
            }));
            await Resequencing.RunAsync(ctx.Db, list, ct);
            return codes;
        }

        await tx.RollbackToSavepointAsync(Savepoint, ct);
        await HoldAsync(ctx, shorted[0].Line.OrderId, why, ct);
        return null;
    }

    private static async Task HoldAsync(PickContext ctx, int orderId, string why, CancellationToken ct)
    {
        var order = await ctx.Db.Orders.SingleAsync(o => o.Id == orderId, ct);
        if (order.Hold(HoldReasons.Stock, why) is null)
        {
            ctx.Db.AuditEvents.Add(new AuditEvent
            {
                Kind = "order.held", AtUtc = ctx.Now, StationCode = ctx.StationCode, OrderNumber = order.Number, MessageArgs = HoldReasons.Stock.ToString(),
            });
            ctx.Record(new OrderStopped(ctx.Now, ctx.StationCode, order.Number, new FloorMessage(OrderCodes.HeldForStock, order.Number, why)));
        }
        foreach (var line in ctx.List!.Lines.Where(l => l.OrderId == orderId && PickStop.Left(l) > 0))
        {
            var left = PickStop.Left(line);
            await StockAllocation.ReleaseAsync(ctx.Db, line.BalanceId, left, ct);
            line.Shorted += left;
        }
    }
}
