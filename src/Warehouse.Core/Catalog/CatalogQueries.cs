using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Catalog;

/// <summary>What the API and pages read about the catalog.</summary>
public sealed class CatalogQueries(IDbContextFactory<WarehouseDb> dbs)
{
    public async Task<IReadOnlyList<Sku>> SkusAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Skus.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
    }
}
