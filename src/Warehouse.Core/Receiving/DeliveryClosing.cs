using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Receiving;

/// <summary>
/// <c>CMD:RECEIPT:CLOSE</c>: the delivery is done — every unit scanned put away, at every desk — and its summary,
/// expected against received line by line with shorts and overs, goes out as a fact.
/// </summary>
internal static class DeliveryClosing
{
    public static async Task<ScanResult> CloseAsync(ReceivingContext ctx, CancellationToken ct)
    {
        if (ctx.Delivery is not { } delivery) return ctx.Refuse(ReceivingCodes.DeliveryFirst, ReceivingCommands.Close);
        if (ctx.InHand.Count > 0) return DeliveryScans.InHand(ctx);
        var elsewhere = await ctx.Db.ReceivedUnits.CountAsync(u => u.DeliveryId == delivery.Id && u.LocationCode == null, ct);
        if (elsewhere > 0) return ctx.Refuse(ReceivingCodes.UnitsInHand, elsewhere.ToString());

        var skuIds = delivery.Lines.Select(l => l.SkuId).ToList();
        var codes = await ctx.Db.Skus.Where(s => skuIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Code, ct);
        var tallies = delivery.Lines.OrderBy(l => l.Id).Select(l => new DeliveryLineTally(codes[l.SkuId], l.Lot, l.Expected, l.Received)).ToList();
        var (expected, received) = (tallies.Sum(t => t.Expected), tallies.Sum(t => t.Received));
        var (shorts, overs) = (tallies.Sum(t => t.Short), tallies.Sum(t => t.Over));

        delivery.State = DeliveryState.Closed;
        delivery.ClosedUtc = ctx.Now;
        ctx.Touch();
        ctx.At.Station.TaskId = null;
        ctx.Desk.Confirm = DeskConfirm.None;
        ctx.Record(new DeliveryClosed(ctx.Now, ctx.StationCode, delivery.Number, delivery.Blind, expected, received, shorts, overs, tallies));
        ctx.Delivery = null;
        return ctx.Accept(ReceivingCodes.Closed, delivery.Number, received.ToString(), expected.ToString(), shorts.ToString(), overs.ToString());
    }
}
