using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Stations;

/// <summary>What the admin pages and the station endpoints read about stations.</summary>
public sealed class StationQueries(IDbContextFactory<WarehouseDb> dbs)
{
    public async Task<IReadOnlyList<Station>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Stations.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
    }

    /// <summary>The station with who is signed in there, detached; null when there is none.</summary>
    public async Task<Station?> FindAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Stations.AsNoTracking().Include(s => s.Operator).FirstOrDefaultAsync(s => s.Code == code, ct);
    }
}
