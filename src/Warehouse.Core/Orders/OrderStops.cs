using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

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
    AlreadyCancelled,
    Lifted,
    NotHeld,
}

/// <summary>The answer to lifting a hold: the order's status as the floor shows it, and the reasons still standing.</summary>
public sealed record LiftResult(StopOutcome Outcome, string? Status = null, HoldReasons StillHeld = HoldReasons.None);

/// <summary>
/// Cancels, holds and lifts holds on an order for the shop or a supervisor. A station packing it
/// hears at once, and nothing more is printed for it (completion re-checks the order in its own transaction).
/// </summary>
public sealed class OrderStops(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, ILogger<OrderStops>? log = null)
{
    private readonly ILogger _log = log ?? (ILogger)NullLogger.Instance;

    public Task<StopOutcome> StopAsync(string number, StopKind kind, string? reason, CancellationToken ct = default) =>
        StopAsync(number, kind, reason, HoldReasons.Shop, ct);

    public async Task<StopOutcome> StopAsync(string number, StopKind kind, string? reason, HoldReasons hold, CancellationToken ct = default)
    {
        return await ConflictRetry.RunAsync(async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == number, ct);
            if (order is null) return StopOutcome.NotFound;
            var refused = kind == StopKind.Cancel ? order.Cancel(reason) : order.Hold(hold, reason);
            if (refused is not null) return order.Status == OrderStatus.Cancelled ? StopOutcome.AlreadyCancelled : StopOutcome.TooLate;
            db.AuditEvents.Add(new AuditEvent
            {
                Kind = kind == StopKind.Cancel ? "order.cancelled" : "order.held",
                AtUtc = clock.UtcNow,
                StationCode = order.ClaimedByStation,
                OrderNumber = order.Number,
                MessageArgs = kind == StopKind.Hold ? hold.ToString() : null,
            });
            db.Record(new OrderStopped(clock.UtcNow, order.ClaimedByStation, order.Number,
                new FloorMessage(kind == StopKind.Cancel ? "order.cancelled" : "order.held", order.Number)));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return StopOutcome.Stopped;
        }, _log);
    }

    /// <summary>Lifts one hold reason; the order goes on from where it was once none is left.</summary>
    public async Task<LiftResult> LiftAsync(string number, HoldReasons hold, CancellationToken ct = default)
    {
        return await ConflictRetry.RunAsync(async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == number, ct);
            if (order is null) return new LiftResult(StopOutcome.NotFound);
            if (order.Lift(hold) is not null) return new LiftResult(StopOutcome.NotHeld, order.FloorStatus, order.Holds);
            db.AuditEvents.Add(new AuditEvent
            {
                Kind = "order.hold_lifted", AtUtc = clock.UtcNow, StationCode = order.ClaimedByStation, OrderNumber = order.Number,
                MessageArgs = hold.ToString(),
            });
            db.Record(new OrderHoldLifted(clock.UtcNow, order.ClaimedByStation, order.Number, order.Holds == HoldReasons.None));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new LiftResult(StopOutcome.Lifted, order.FloorStatus, order.Holds);
        }, _log);
    }
}
