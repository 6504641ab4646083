using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Stock;

/// <summary>What the API reads about the floor's layout: zones, their aisles and cross aisles, and every location.</summary>
public sealed class LayoutQueries(IDbContextFactory<WarehouseDb> dbs)
{
    public async Task<IReadOnlyList<ZoneLayout>> ZonesAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Code).ToListAsync(ct);
        var locations = (await db.Locations.AsNoTracking().OrderBy(l => l.Code).ToListAsync(ct)).ToLookup(l => l.ZoneId);
        return zones.Select(z => new ZoneLayout(
            z.Code, z.Name, z.Kind, z.AisleXMm, z.AisleLengthMm,
            z.MiddleCrossAisleYMm is { } middle ? [0, middle, z.AisleLengthMm] : [0, z.AisleLengthMm],
            z.DepotXMm, z.DepotYMm,
            locations[z.Id].Select(l => new LocationPlace(l.Code, l.Aisle, z.AisleXMm[l.Aisle], l.YMm, l.Side, l.Level, l.IsPickFace, l.BlockedForPicking)).ToList()))
            .ToList();
    }
}
