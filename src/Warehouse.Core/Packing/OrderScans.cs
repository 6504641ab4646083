using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

internal static class OrderScans
{
    public static async Task<ScanResult> OpenAsync(ScanContext ctx, Order order, CancellationToken ct)
    {
        ctx.OrderNumber = order.Number;
        if (ctx.Session is not null)
        {
            if (ctx.Session.OrderId == order.Id) return ctx.Accept(Codes.OrderResumed, order.Number);
            if (!ctx.OrderStopped) return ctx.Refuse(Codes.OrderAlreadyOpen, ctx.Session.Order.Number);
            // The packer has put the stopped order aside and moves on.
            PackingCommands.CloseSession(ctx);
        }

        if (order.ClaimedByStation is not null && order.ClaimedByStation != ctx.Station.Code)
        {
            var holder = order.ClaimedByOperatorId is int id ? (await ctx.Db.Operators.FindAsync([id], ct))?.Name : null;
            return ctx.Refuse(Codes.OrderOpenElsewhere, order.Number, order.ClaimedByStation, holder ?? "—");
        }
        if (PackGate.Refusal(order, ctx.Options) is { } gate) return ctx.Refuse(gate.Code, gate.Args);
        if (order.Refusal(OrderStep.Claim) is { } refused) return ctx.Refuse(refused.Code, refused.Args);

        await ctx.Db.Entry(order).Collection(o => o.Lines).Query().Include(l => l.Sku).LoadAsync(ct);
        var existing = await ctx.Db.PackingSessions.Include(s => s.Units)
            .FirstOrDefaultAsync(s => s.OrderId == order.Id && s.Status == SessionStatus.Open, ct);

        order.Claim(ctx.Station.Code, ctx.Station.OperatorId);

        var session = existing ?? new PackingSession
        {
            Order = order,
            StationCode = ctx.Station.Code,
            OperatorId = ctx.Station.OperatorId!.Value,
            Status = SessionStatus.Open,
            StartedUtc = ctx.Now,
        };
        session.StationCode = ctx.Station.Code;
        if (existing is null) ctx.Db.PackingSessions.Add(session);
        ctx.Session = session;
        ctx.Station.TaskId = null;
        await ctx.Db.SaveChangesAsync(ct); // gives the new session its id
        ctx.Station.TaskId = session.Id;
        ctx.Record(new OrderClaimed(ctx.Now, ctx.Station.Code, order.Number));
        return ctx.Accept(existing is null ? Codes.OrderOpened : Codes.OrderResumed, order.Number);
    }
}
