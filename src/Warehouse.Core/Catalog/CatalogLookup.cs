using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;

namespace Warehouse.Core.Catalog;

/// <summary>Finds the SKU behind a scanned code: a GTIN in any of its lengths, or the SKU's own code.</summary>
public static class CatalogLookup
{
    public static async Task<Sku?> FindByScanAsync(this WarehouseDb db, string code, CancellationToken ct)
    {
        if (Gtin.TryParse(code, out var gtin))
        {
            var byGtin = await db.Skus.FirstOrDefaultAsync(s => s.Gtin == gtin.Value, ct);
            if (byGtin is not null) return byGtin;
        }
        var upper = code.Trim().ToUpperInvariant();
        return await db.Skus.FirstOrDefaultAsync(s => s.Code == upper, ct);
    }
}
