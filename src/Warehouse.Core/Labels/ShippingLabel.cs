namespace Warehouse.Core.Labels;

/// <summary>What a shipping label says; the composer decides where it goes.</summary>
public sealed record ShippingLabel(
    LabelAddress Sender,
    LabelAddress Receiver,
    string Carrier,
    string Service,
    string TrackingNumber,
    string Sscc,
    string TrackingUrl,
    int WeightGrams,
    string OrderNumber,
    int ParcelNumber = 1,
    int ParcelCount = 1);

public sealed record LabelAddress(string Name, string Street, string PostalCode, string City, string CountryCode, string? Phone = null);
