using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.E2E;

/// <summary>
/// Packing asks the carrier for a label and the shipment desk gets it a moment later, beside the
/// scans: a test that wants the tracking number waits for that answer instead of racing it.
/// </summary>
internal static class CarrierAnswers
{
    public static async Task<string> TrackingNumberAsync(Func<Func<WarehouseDb, Task<string?>>, Task<string?>> query, string orderNumber)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var tracking = await query(db => db.Parcels.Where(p => db.Orders.Any(o => o.Id == p.OrderId && o.Number == orderNumber))
                .OrderByDescending(p => p.Id).Select(p => p.TrackingNumber).FirstOrDefaultAsync());
            if (tracking is not null) return tracking;
            if (DateTime.UtcNow > until) throw new TimeoutException($"No carrier answered for {orderNumber}'s parcel within 20 s.");
            await Task.Delay(50);
        }
    }
}
