using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>A supervisor frees an order stuck at a station (packer gone, station broken).</summary>
public sealed class ClaimRelease(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, StationLocks locks)
{
    public async Task<bool> ReleaseAsync(string orderNumber, int supervisorId, CancellationToken ct = default)
    {
        await using var lookup = await dbs.CreateDbContextAsync(ct);
        var stationCode = await lookup.Orders.Where(o => o.Number == orderNumber).Select(o => o.ClaimedByStation).FirstOrDefaultAsync(ct);
        if (stationCode is null) return false;

        using (await locks.EnterAsync(stationCode, ct))
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var order = await db.Orders.FirstAsync(o => o.Number == orderNumber, ct);
            if (order.ClaimedByStation != stationCode) return false;
            var now = clock.UtcNow;
            var session = await db.PackingSessions.FirstOrDefaultAsync(s => s.OrderId == order.Id && s.Status == SessionStatus.Open, ct);
            session?.Close(now);
            var station = await db.Stations.FirstOrDefaultAsync(s => s.Code == stationCode, ct);
            if (station is not null && station.TaskId == session?.Id)
            {
                station.TaskId = null;
                station.Version++;
            }
            order.ReturnToQueue(stationCode);
            db.AuditEvents.Add(new AuditEvent { Kind = "claim.released", AtUtc = now, StationCode = stationCode, OperatorId = supervisorId, OrderNumber = orderNumber });
            db.Record(new ClaimReleased(now, stationCode, orderNumber));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
    }
}
