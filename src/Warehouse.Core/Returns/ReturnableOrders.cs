using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Returns;

/// <summary>Reads an order as the return rules see it (<see cref="ReturnableOrder"/>), inside the caller's context.</summary>
public static class ReturnableOrders
{
    public static async Task<ReturnableOrder> ReadAsync(WarehouseDb db, Order order, CancellationToken ct)
    {
        var lines = await db.OrderLines.AsNoTracking().Where(l => l.OrderId == order.Id).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.SkuId, l.Sku.Code, l.Sku.Name, l.Quantity, l.Sku.WithdrawalExclusion }).ToListAsync(ct);
        var parcels = await db.Parcels.AsNoTracking().Include(p => p.History).Where(p => p.OrderId == order.Id).ToListAsync(ct);
        var returned = await db.ReturnLines.AsNoTracking()
            .Where(l => db.Returns.Any(r => r.Id == l.ReturnId && r.OrderId == order.Id))
            .GroupBy(l => l.OrderLineId).Select(g => new { g.Key, Units = g.Sum(l => l.Quantity) }).ToListAsync(ct);
        var shipped = Shipped(order, parcels);
        return new ReturnableOrder(order.Number, ReceivedUtc(parcels), [.. lines.Select(l => new ReturnableLine(
            l.Id, l.SkuId, l.Code, l.Name, shipped ? l.Quantity : 0,
            returned.FirstOrDefault(r => r.Key == l.Id)?.Units ?? 0, l.WithdrawalExclusion))],
            parcels.Where(p => HandedOver(p.Status) && p.TrackingNumber is not null).Select(p => p.CarrierCode).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A parcel a carrier took from us: on a handover (manifested or further) and not voided.</summary>
    public static bool HandedOver(ParcelStatus status) =>
        status != ParcelStatus.Voided && ParcelStatuses.Rank(status) >= ParcelStatuses.Rank(ParcelStatus.Manifested);

    /// <summary>
    /// The order's goods left us once it was packed and a parcel of it was handed to a carrier
    /// (manifested or further). Parcels do not record which lines they carry, so an order ships as a whole.
    /// </summary>
    public static bool Shipped(Order order, IReadOnlyList<Parcel> parcels) =>
        order.Status == OrderStatus.Packed && parcels.Any(p => HandedOver(p.Status));

    /// <summary>When the customer had the last of the order's parcels; null while any live parcel is not delivered.</summary>
    public static DateTime? ReceivedUtc(IReadOnlyList<Parcel> parcels)
    {
        var live = parcels.Where(p => p.Status is not (ParcelStatus.Voided or ParcelStatus.LabelRequested)).ToList();
        if (live.Count == 0 || live.Any(p => p.Status != ParcelStatus.Delivered)) return null;
        return live.Max(p => p.History.Where(e => e.Status == ParcelStatus.Delivered).Select(e => (DateTime?)e.AtUtc).Max() ?? p.StatusUtc);
    }
}
