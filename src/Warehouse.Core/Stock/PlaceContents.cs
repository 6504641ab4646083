using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Stock;

/// <summary>One kind of unit in a tote or a parcel: what the ledger moved in less what it moved out.</summary>
public sealed record PlaceUnit(int SkuId, string Lot, DateOnly? Expiry, string? Serial, StockStatus Status, int Quantity);

/// <summary>What is in a place that has no balance row (a tote, a parcel), read from the ledger.</summary>
public static class PlaceContents
{
    public static async Task<List<PlaceUnit>> OfAsync(WarehouseDb db, StockPlace place, CancellationToken ct)
    {
        var rows = await db.StockMoves.AsNoTracking()
            .Where(m => (m.To.Kind == place.Kind && m.To.Code == place.Code) || (m.From.Kind == place.Kind && m.From.Code == place.Code))
            .Select(m => new { m.SkuId, m.Lot, m.Expiry, m.Serial, m.Status, In = m.To.Code == place.Code && m.To.Kind == place.Kind, m.Quantity })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.SkuId, r.Lot, r.Expiry, r.Serial, r.Status))
            .Select(g => new PlaceUnit(g.Key.SkuId, g.Key.Lot, g.Key.Expiry, g.Key.Serial, g.Key.Status, g.Sum(r => r.In ? r.Quantity : -r.Quantity)))
            .Where(u => u.Quantity > 0)
            .OrderBy(u => u.SkuId).ThenBy(u => u.Expiry == null).ThenBy(u => u.Expiry)
            .ToList();
    }
}
