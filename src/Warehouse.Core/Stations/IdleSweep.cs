using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Stations;

/// <summary>
/// Signs out operators who walked away from their station, so the dashboard does not show
/// a packer who went home and the next person must scan their own badge.
/// </summary>
public sealed class IdleSweep(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, StationLocks locks, IOptions<StationOptions> options)
{
    public async Task<int> SignOutIdleAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var cutoff = now.AddMinutes(-options.Value.IdleSignOutMinutes);
        await using var lookup = await dbs.CreateDbContextAsync(ct);
        var idle = await lookup.Stations.AsNoTracking()
            .Where(s => s.OperatorId != null && (s.LastActivityUtc ?? s.SignedInUtc) < cutoff)
            .Select(s => s.Code).ToListAsync(ct);

        var signedOut = 0;
        foreach (var code in idle)
        {
            using (await locks.EnterAsync(code, ct))
            {
                await using var db = await dbs.CreateDbContextAsync(ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var station = await db.Stations.FirstAsync(s => s.Code == code, ct);
                // Looked again under the lock: a scan may have arrived since.
                if (station.OperatorId is not int operatorId || (station.LastActivityUtc ?? station.SignedInUtc) >= cutoff) continue;
                station.OperatorId = null;
                station.SignedInUtc = null;
                station.EndVoid();
                station.Version++;
                db.AuditEvents.Add(new AuditEvent { Kind = "station.idle_signed_out", AtUtc = now, StationCode = code, OperatorId = operatorId });
                db.Record(new StationChanged(now, code, Notice: new FloorMessage(StationCodes.IdleSignedOut)));
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                signedOut++;
            }
        }
        return signedOut;
    }
}
