using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Orders;

public enum StopKind
{
    Cancel,
    Hold,
}

public enum StopOutcome
{
    Stopped,
    NotFound,
    TooLate,
}

/// <summary>
/// Cancels or holds an order for the shop. A station packing it hears at once, and nothing
/// more is printed for it (completion re-checks the order in its own transaction).
/// </summary>
public sealed class OrderStops(IDbContextFactory<WarehouseDb> dbs, FloorEvents events, FloorClock clock)
{
    public async Task<StopOutcome> StopAsync(string number, StopKind kind, string? reason, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == number, ct);
            if (order is null) return StopOutcome.NotFound;
            if (!order.Status.CanStop()) return StopOutcome.TooLate;

            var now = clock.UtcNow;
            order.Status = kind == StopKind.Cancel ? OrderStatus.Cancelled : OrderStatus.OnHold;
            order.StopReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, 500)];
            order.Version++;
            db.AuditEvents.Add(new AuditEvent
            {
                Kind = kind == StopKind.Cancel ? "order.cancelled" : "order.held",
                AtUtc = now,
                StationCode = order.ClaimedByStation,
                OrderNumber = order.Number,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                continue; // a station changed the order meanwhile: look again
            }
            events.Publish(new FloorEvent(FloorEvent.Kinds.OrderStopped, now, order.ClaimedByStation, order.Number,
                Message: new FloorMessage(kind == StopKind.Cancel ? "order.cancelled" : "order.held", order.Number)));
            return StopOutcome.Stopped;
        }
    }
}
