namespace Warehouse.Core.Labels;

/// <summary>An address block as it is printed; every part is free text and is escaped on the label.</summary>
public sealed record LabelAddress(
    string Name,
    IReadOnlyList<string> StreetLines,
    string PostalCode,
    string City,
    string CountryCode,
    string? Phone = null);
