using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Floor;

/// <summary>The day's plan, set by a supervisor on the wall screen; the last one set counts, and each is audited.</summary>
public sealed class DayPlans(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public const int MaxOrders = 100_000;

    public async Task<bool> SetTodayAsync(int orders, int supervisorId, CancellationToken ct = default)
    {
        if (orders is < 0 or > MaxOrders) return false;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow;
        var day = DateOnly.FromDateTime(clock.ToLocal(now));
        var plan = await db.DayPlans.FirstOrDefaultAsync(p => p.Day == day, ct);
        if (plan is null) db.DayPlans.Add(plan = new DayPlan { Day = day });
        plan.Orders = orders;
        plan.SetBy = supervisorId;
        plan.SetUtc = now;
        db.AuditEvents.Add(new AuditEvent { Kind = "plan.set", AtUtc = now, OperatorId = supervisorId, Scanned = orders.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        db.Record(new DayPlanSet(now, orders));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
