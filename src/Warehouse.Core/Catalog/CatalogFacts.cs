using Warehouse.Core.Floor;

namespace Warehouse.Core.Catalog;

/// <summary>A catalog file or API call changed SKUs: how many were new and how many changed.</summary>
[EventName("catalog.imported")]
public sealed record CatalogImported(DateTime AtUtc, string Source, int Created, int Updated) : FloorFact(AtUtc, null);

/// <summary>A carton type was added or changed; the carton advisor uses it from the next parcel.</summary>
[EventName("catalog.carton_saved")]
public sealed record CartonSaved(DateTime AtUtc, string Code, bool Active) : FloorFact(AtUtc, null);
