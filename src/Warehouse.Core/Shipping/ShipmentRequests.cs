using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Labels;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping;

/// <summary>What we tell a carrier about one parcel: us as the sender, the recipient, the parcel as packed.</summary>
public sealed class ShipmentRequests(IOptions<LabelOptions> labels)
{
    public async Task<ShipmentRequest> ForAsync(WarehouseDb db, Parcel parcel, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Recipient).FirstAsync(o => o.Id == parcel.OrderId, ct);
        // The label is made for the head of the printer at the station that packed the parcel.
        var dpi = await db.Stations.AsNoTracking().Where(s => s.Code == parcel.StationCode).Select(s => (int?)s.Devices.PrinterDpi).FirstOrDefaultAsync(ct) ?? 203;
        var sender = labels.Value.Sender;
        var r = order.Recipient;
        return new ShipmentRequest(
            Reference: parcel.Sscc,
            OrderNumber: order.Number,
            ServiceCode: parcel.ServiceCode,
            Sender: new ShipmentParty(sender.Name, sender.Street, sender.PostalCode, sender.City, sender.CountryCode),
            Recipient: new ShipmentParty(r.Name, r.Street, r.PostalCode, r.City, r.CountryCode, r.Phone, r.Email),
            WeightGrams: parcel.WeightGrams,
            Outer: parcel.Outer,
            LabelDpi: dpi,
            PickupPoint: parcel.PickupPoint,
            CashOnDeliveryGrosze: parcel.ParcelNumber == 1 ? order.CashOnDeliveryMinor : null,
            ParcelNumber: parcel.ParcelNumber,
            ParcelCount: parcel.ParcelCount,
            DeclaredValueGrosze: parcel.ParcelNumber == 1 ? order.ValueGrosze : null);
    }
}
