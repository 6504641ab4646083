using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Receiving;

/// <summary>
/// A delivery note scanned at the desk: an announced delivery opens (or resumes); one nobody announced is refused
/// unless the receiver confirmed it first with <c>CMD:RECEIPT:BLIND</c>, when it opens blind.
/// </summary>
internal static class DeliveryScans
{
    public static ScanResult ArmBlind(ReceivingContext ctx)
    {
        if (ctx.InHand.Count > 0) return InHand(ctx);
        ctx.Desk.Confirm = DeskConfirm.Blind;
        return ctx.Accept(ReceivingCodes.BlindArmed);
    }

    public static async Task<ScanResult> OpenAsync(ReceivingContext ctx, string number, CancellationToken ct)
    {
        if (ctx.Delivery?.Number == number)
        {
            ctx.Desk.Confirm = DeskConfirm.None;
            return ctx.Accept(ReceivingCodes.Resumed, number);
        }
        if (ctx.InHand.Count > 0) return InHand(ctx);

        var delivery = await ctx.Db.Deliveries.Include(d => d.Lines).FirstOrDefaultAsync(d => d.Number == number, ct);
        if (delivery is null)
        {
            if (ctx.Desk.Confirm != DeskConfirm.Blind) return ctx.Refuse(ReceivingCodes.DeliveryUnknown, number);
            delivery = new Delivery { Number = number, Blind = true, State = DeliveryState.Receiving, CreatedUtc = ctx.Now };
            ctx.Db.Deliveries.Add(delivery);
            await ctx.Db.SaveChangesAsync(ct); // its id is the desk's task
        }
        else if (delivery.State == DeliveryState.Closed)
        {
            return ctx.Refuse(ReceivingCodes.DeliveryClosed, number);
        }

        delivery.State = DeliveryState.Receiving;
        delivery.Version++;
        ctx.At.Station.TaskId = delivery.Id;
        ctx.Delivery = delivery;
        ctx.InHand = [];
        ctx.Desk.Confirm = DeskConfirm.None;
        ctx.Record(new ReceiptStarted(ctx.Now, ctx.StationCode, number, delivery.Blind, ctx.At.Station.OperatorId));
        return delivery.Blind && delivery.Lines.Count == 0
            ? ctx.Accept(ReceivingCodes.BlindOpened, number)
            : ctx.Accept(ReceivingCodes.Opened, number, delivery.Supplier, delivery.Lines.Count.ToString(), delivery.Lines.Sum(l => l.Expected).ToString());
    }

    public static ScanResult InHand(ReceivingContext ctx) => ctx.Refuse(ReceivingCodes.UnitsInHand, ctx.InHand.Count.ToString());
}
