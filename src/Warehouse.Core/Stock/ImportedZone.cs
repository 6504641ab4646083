namespace Warehouse.Core.Stock;

/// <summary>A zone as a planning tool sends it (<c>POST /api/layout/zones</c>): everything nullable, checked by <see cref="ZoneImport"/>.</summary>
public sealed record ImportedZone(
    string? Code, string? Name, List<long>? AisleXMm, long? AisleLengthMm, long? MiddleCrossAisleYMm,
    ImportedPoint? Depot, List<ImportedLocation>? Locations);

public sealed record ImportedPoint(long XMm, long YMm);

/// <summary>Side is "left" or "right"; pickFace true when left out.</summary>
public sealed record ImportedLocation(string? Code, long? YMm, string? Side, bool? PickFace);
