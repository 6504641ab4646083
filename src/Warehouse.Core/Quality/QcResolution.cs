using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Quality;

/// <summary>
/// A supervisor's answer to a failed QC check other than "keep it held" (which is resolving the case and
/// leaving the hold): the item was replaced in the tote, so the quality hold is lifted and the order waits at
/// the bench again (<see cref="OrderStatus.QualityCheck"/>) for a fresh check. One transaction: the case is
/// closed if and only if the order goes back.
/// </summary>
public sealed class QcResolution(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, ILogger<QcResolution>? log = null)
{
    private readonly ILogger _log = log ?? (ILogger)NullLogger.Instance;

    /// <returns>False when the case is not an open failed check, or its order no longer holds for quality.</returns>
    public Task<bool> BackToBenchAsync(int exceptionId, int supervisorId, CancellationToken ct = default) =>
        ConflictRetry.RunAsync(async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var now = clock.UtcNow;
            var open = await db.ExceptionCases.FirstOrDefaultAsync(e => e.Id == exceptionId && e.Kind == ExceptionKind.QcFailed && e.ResolvedUtc == null, ct);
            var order = open is null ? null : await db.Orders.FirstOrDefaultAsync(o => o.Number == open.OrderNumber, ct);
            if (open is null || order is null || order.Lift(HoldReasons.Quality) is not null) return false;

            open.ResolvedUtc = now;
            open.Resolution = $"item replaced, back to QC by supervisor {supervisorId}";
            db.AuditEvents.Add(new AuditEvent
            {
                Kind = "exception.resolved", AtUtc = now, OperatorId = supervisorId, StationCode = open.StationCode,
                OrderNumber = open.OrderNumber, Outcome = open.Kind.ToString(), MessageArgs = "back-to-qc",
            });
            db.Record(new ExceptionResolved(now, open.StationCode, open.OrderNumber));
            db.Record(new OrderHoldLifted(now, null, order.Number, order.Holds == HoldReasons.None));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }, _log);
}
