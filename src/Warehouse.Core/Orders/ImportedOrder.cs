namespace Warehouse.Core.Orders;

/// <summary>An order as a shop sends it, before any check. Every field may be missing or wrong.</summary>
public sealed record ImportedOrder(
    string? Number,
    string? Channel,
    ImportedCustomer? Customer,
    ImportedAddress? ShipTo,
    string? Carrier,
    string? Service,
    DateTime? ShipBy,
    List<ImportedLine?>? Lines);

public sealed record ImportedCustomer(string? Name, string? Email, string? Phone);

public sealed record ImportedAddress(string? Name, string? Street, string? PostalCode, string? City, string? Country);

public sealed record ImportedLine(string? Sku, int? Quantity);
