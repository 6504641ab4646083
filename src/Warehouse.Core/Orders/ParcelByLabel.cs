using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;

namespace Warehouse.Core.Orders;

/// <summary>Finds the parcel a scanned shipping label names: the SSCC as GS1 data (<c>]C1</c> + AI 00) or bare 18 digits, else a carrier's tracking number.</summary>
public static class ParcelByLabel
{
    public static async Task<Parcel?> FindAsync(WarehouseDb db, string code, CancellationToken ct)
    {
        if (Gs1ElementString.LooksLikeGs1(code))
        {
            if (!Gs1ElementString.TryParse(code, out var elements, out _) || elements.FirstOrDefault(e => e.Ai == "00") is not { } ai00) return null;
            return await db.Parcels.FirstOrDefaultAsync(p => p.Sscc == ai00.Value, ct);
        }
        if (code.Length > 40) return null;
        if (Sscc.TryParse(code, out var sscc) && await db.Parcels.FirstOrDefaultAsync(p => p.Sscc == sscc.Value, ct) is { } bySscc) return bySscc;
        return await db.Parcels.FirstOrDefaultAsync(p => p.TrackingNumber == code, ct);
    }
}
