using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Labels;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Packing;

/// <summary>Decides what goes on a parcel's shipping label; <see cref="ShippingLabelZpl"/> turns that into ZPL.</summary>
public sealed class ParcelLabels(IOptions<LabelOptions> options)
{
    public string Compose(Order order, Parcel parcel, Sscc sscc, LabelStock? stock = null)
    {
        var o = options.Value;
        var r = order.Recipient;
        var label = new ShippingLabel(
            new LabelAddress(o.Sender.Name, [o.Sender.Street], o.Sender.PostalCode, o.Sender.City, o.Sender.CountryCode),
            new LabelAddress(r.Name, [r.Street], r.PostalCode, r.City, r.CountryCode, r.Phone),
            order.Carrier,
            order.Service,
            parcel.TrackingNumber,
            sscc,
            o.TrackingUrlBase + Uri.EscapeDataString(parcel.TrackingNumber),
            parcel.WeightGrams,
            order.Number);
        return ShippingLabelZpl.Compose(label, stock ?? LabelStock.FourBySix());
    }

    /// <summary>The next SSCC for a parcel, under our company prefix.</summary>
    public Sscc NewSscc(long serial) => Sscc.Create(options.Value.SsccExtensionDigit, options.Value.SsccCompanyPrefix, serial);
}
