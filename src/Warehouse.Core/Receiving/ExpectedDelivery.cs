namespace Warehouse.Core.Receiving;

/// <summary>A delivery as a shop's system announces it (<c>POST /api/deliveries</c>); checked by <see cref="DeliveryIntake"/>.</summary>
public sealed record ExpectedDelivery(string? Number, string? Supplier, DateTime? ExpectedUtc, IReadOnlyList<ExpectedLine?>? Lines);

/// <param name="Expiry">yyyy-mm-dd; with <paramref name="Lot"/>, only for SKUs that keep lots.</param>
public sealed record ExpectedLine(string? Sku, int? Quantity, string? Lot, string? Expiry);
