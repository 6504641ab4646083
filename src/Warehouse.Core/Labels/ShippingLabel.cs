using Warehouse.Core.Barcodes;

namespace Warehouse.Core.Labels;

/// <summary>Everything printed on a parcel's shipping label; the layout is <see cref="ShippingLabelZpl"/>'s job.</summary>
public sealed record ShippingLabel(
    LabelAddress Sender,
    LabelAddress Receiver,
    string CarrierName,
    string Service,
    string TrackingNumber,
    Sscc Sscc,
    string TrackingUrl,
    int WeightGrams,
    string OrderNumber,
    ParcelOrdinal? Parcel = null);
