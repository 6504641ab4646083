namespace Warehouse.Core.Orders;

/// <summary>
/// The customer's personal data, kept apart from everything else so it can be
/// anonymised after the retention period; audit events and logs refer to orders by id.
/// </summary>
public sealed class Recipient
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public required string Street { get; set; }
    public required string PostalCode { get; set; }
    public required string City { get; set; }
    public string CountryCode { get; set; } = "PL";
    public DateTime? AnonymisedUtc { get; set; }
}
