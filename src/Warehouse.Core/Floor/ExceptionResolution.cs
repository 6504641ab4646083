using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Floor;

/// <summary>A supervisor marks an exception dealt with from the wall; it leaves the count, and the audit says who.</summary>
public sealed class ExceptionResolution(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<bool> ResolveAsync(int exceptionId, int supervisorId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow;
        var open = await db.ExceptionCases.FirstOrDefaultAsync(e => e.Id == exceptionId && e.ResolvedUtc == null, ct);
        if (open is null) return false;
        open.ResolvedUtc = now;
        open.Resolution = $"resolved by supervisor {supervisorId}";
        db.AuditEvents.Add(new AuditEvent
        {
            Kind = "exception.resolved", AtUtc = now, OperatorId = supervisorId,
            StationCode = open.StationCode, OrderNumber = open.OrderNumber, Outcome = open.Kind.ToString(),
        });
        db.Record(new ExceptionResolved(now, open.StationCode, open.OrderNumber));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
