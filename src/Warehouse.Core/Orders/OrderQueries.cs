using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Orders;

/// <summary>What the API and pages read about orders and their parcels; nothing here changes them.</summary>
public sealed class OrderQueries(IDbContextFactory<WarehouseDb> dbs)
{
    /// <summary>The order with its lines (and their SKUs) and parcels, detached; null when there is none.</summary>
    public async Task<Order?> FindAsync(string number, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Orders.AsNoTracking()
            .Include(o => o.Lines).ThenInclude(l => l.Sku)
            .Include(o => o.Parcels)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Number == number, ct);
    }

    /// <summary>Orders a packer may start or is packing, not held, soonest ship-by first, with their lines.</summary>
    public async Task<IReadOnlyList<Order>> ToPackAsync(int max = 300, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => (o.Status == OrderStatus.Ready || o.Status == OrderStatus.Packing) && o.Holds == HoldReasons.None)
            .OrderBy(o => o.ShipByUtc).Take(max).ToListAsync(ct);
    }

    /// <summary>
    /// A parcel's label as ZPL; with <paramref name="packedAt"/>, only a parcel packed at that
    /// station. Empty once the address was removed after the retention period.
    /// </summary>
    public async Task<string?> LabelAsync(string trackingNumber, string? packedAt = null, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var parcels = db.Parcels.AsNoTracking().Where(p => p.TrackingNumber == trackingNumber);
        if (packedAt is not null) parcels = parcels.Where(p => p.StationCode == packedAt);
        return await parcels.Select(p => p.LabelZpl).FirstOrDefaultAsync(ct);
    }
}
