using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Stations;

/// <summary>What the admin pages read about stations.</summary>
public sealed class StationQueries(IDbContextFactory<WarehouseDb> dbs)
{
    public async Task<IReadOnlyList<Station>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Stations.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
    }
}
