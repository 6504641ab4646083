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
        return zones.Select(z => ToLayout(z, locations[z.Id])).ToList();
    }

    /// <summary>One zone read in the caller's unit of work (a short re-sequencing its list); null when there is none.</summary>
    public static async Task<ZoneLayout?> ZoneAsync(WarehouseDb db, string code, CancellationToken ct)
    {
        var zone = await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Code == code, ct);
        if (zone is null) return null;
        return ToLayout(zone, await db.Locations.AsNoTracking().Where(l => l.ZoneId == zone.Id).OrderBy(l => l.Code).ToListAsync(ct));
    }

    private static ZoneLayout ToLayout(Zone z, IEnumerable<Location> locations) => new(
        z.Code, z.Name, z.Kind, z.AisleXMm, z.AisleLengthMm,
        z.MiddleCrossAisleYMm is { } middle ? [0, middle, z.AisleLengthMm] : [0, z.AisleLengthMm],
        z.DepotXMm, z.DepotYMm,
        locations.Select(l => new LocationPlace(l.Code, l.Aisle, z.AisleXMm[l.Aisle], l.YMm, l.Side, l.Level, l.IsPickFace, l.BlockedForPicking)).ToList());
}
