using System.Text.Json.Serialization;

namespace Warehouse.Core.Orders;

/// <summary>
/// An order as a shop sends it (contract v1, docs/orders.md), before any check. Every field may be
/// missing or wrong; a field the contract does not have is refused, so that a shop's typo
/// ("pickupPiont") is not silently dropped.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ImportedOrder(
    string? Number,
    string? Channel,
    ImportedCustomer? Customer,
    ImportedAddress? ShipTo,
    string? Carrier,
    string? Service,
    DateTime? ShipBy,
    List<ImportedLine?>? Lines,
    string? PickupPoint = null,
    decimal? CashOnDelivery = null,
    decimal? DeliveryPaid = null,
    string? Currency = null,
    string? Language = null,
    bool? MarketingConsent = null,
    bool? Gift = null,
    string? GiftNote = null,
    bool? EcoPackaging = null,
    string? Brand = null);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ImportedCustomer(string? Name, string? Email, string? Phone);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ImportedAddress(string? Name, string? Street, string? PostalCode, string? City, string? Country);

/// <summary>A line: the SKU, how many, and what one unit cost the customer (in the order's currency).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ImportedLine(string? Sku, int? Quantity, decimal? Price = null);
