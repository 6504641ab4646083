using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Packing;

/// <summary>Decides what goes on a parcel's shipping label; Labels turns that into ZPL.</summary>
public sealed class ParcelLabels(IOptions<PackingOptions> options)
{
    public string Compose(Order order, Parcel parcel, Sscc sscc)
    {
        var o = options.Value;
        // Interim layout until the label composer lands; replaced by Labels.ShippingLabelZpl.
        return $"^XA^CI28^FO50,50^FH^FD{order.Number}^FS^FO50,100^FD{parcel.TrackingNumber}^FS^FO50,150^FD{sscc.Value}^FS^FO50,200^FD{o.TrackingUrlBase}^FS^XZ";
    }
}
