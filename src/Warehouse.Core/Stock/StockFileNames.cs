using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;

namespace Warehouse.Core.Stock;

/// <summary>The locations (tracked: a count opens them) and SKUs a stock file names, by their codes.</summary>
internal sealed record StockFileNames(Dictionary<string, Location> Locations, Dictionary<string, Sku> Skus)
{
    public static async Task<StockFileNames> LoadAsync(WarehouseDb db, IReadOnlyList<StockTakeLine> lines, CancellationToken ct)
    {
        var locationCodes = lines.Select(l => l.Location).Distinct().ToList();
        var skuCodes = lines.Select(l => l.Sku).Distinct().ToList();
        return new StockFileNames(
            await db.Locations.Where(l => locationCodes.Contains(l.Code)).ToDictionaryAsync(l => l.Code, ct),
            await db.Skus.AsNoTracking().Where(s => skuCodes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct));
    }
}
