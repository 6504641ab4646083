using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Receiving;

/// <summary>What a scan means at a goods-in desk receiving: a delivery number, a location (put the units in hand away) or an item.</summary>
internal static class ReceiptScanRules
{
    public static async Task<ScanResult> DecideAsync(ReceivingContext ctx, string code, CancellationToken ct)
    {
        if (code.StartsWith("DEL-", StringComparison.OrdinalIgnoreCase))
        {
            var number = code.ToUpperInvariant();
            return DeliveryNumber.IsWellFormed(number)
                ? await DeliveryScans.OpenAsync(ctx, number, ct)
                : ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(code));
        }
        if (ctx.Delivery is null) return ctx.Refuse(ReceivingCodes.DeliveryFirst, ScanText.ForAudit(code));
        if (LocationCode.TryParse(code, out var location)) return await PutAways.StoreAsync(ctx, location.Value, ct);
        return await UnitReceipts.CountAsync(ctx, code, ct);
    }
}
