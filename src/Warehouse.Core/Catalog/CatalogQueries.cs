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

    public async Task<Sku?> SkuAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var upper = code.Trim().ToUpperInvariant();
        return await db.Skus.AsNoTracking().FirstOrDefaultAsync(s => s.Code == upper, ct);
    }

    public async Task<int> SkuCountAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Skus.CountAsync(ct);
    }

    public async Task<IReadOnlyList<CartonType>> CartonsAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.CartonTypes.AsNoTracking().OrderByDescending(c => c.Active).ThenBy(c => c.Code).ToListAsync(ct);
    }
}
