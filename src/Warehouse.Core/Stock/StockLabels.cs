using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Stock;

/// <summary>The ZPL of a location's shelf label, or of a tote's or cart's label; null for one that does not exist.</summary>
public sealed class StockLabels(IDbContextFactory<WarehouseDb> dbs)
{
    public async Task<string?> LocationAsync(LocationCode code, LabelStock stock, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var value = code.Value;
        var location = await db.Locations.AsNoTracking().Where(l => l.Code == value)
            .Select(l => new { l.Code, Zone = l.Zone!.Name, l.Side, l.Level }).SingleOrDefaultAsync(ct);
        if (location is null) return null;
        var side = location.Side == LocationSide.Left ? ShelfSide.Left : ShelfSide.Right;
        return LocationLabelZpl.Compose(new LocationLabel(location.Code, location.Zone, side, location.Level), stock);
    }

    public async Task<string?> CarrierAsync(CarrierKind kind, string barcode, LabelStock stock, CancellationToken ct = default)
    {
        if (!CarrierBarcode.IsWellFormed(barcode)) throw new ArgumentException($"'{barcode}' is not a tote or cart barcode.", nameof(barcode));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var known = kind == CarrierKind.Cart
            ? await db.Carts.AnyAsync(c => c.Barcode == barcode, ct)
            : await db.Totes.AnyAsync(t => t.Barcode == barcode, ct);
        return known ? CarrierLabelZpl.Compose(new CarrierLabel(kind, barcode), stock) : null;
    }
}
