using Warehouse.Core.Floor;

namespace Warehouse.Core.Shipping.Dock;

/// <summary>A parcel went onto a carrier's open handover at a dock.</summary>
[EventName("dock.parcel_added")]
public sealed record ParcelOnHandover(DateTime AtUtc, string StationCode, string CarrierCode, int ManifestId, int ParcelId, string? TrackingNumber)
    : FloorFact(AtUtc, StationCode);

/// <summary>A handover closed into a manifest: its parcels are manifested; the carrier is told next.</summary>
[EventName("dock.manifest_closed")]
public sealed record ManifestClosed(DateTime AtUtc, string StationCode, string CarrierCode, string Number, int ParcelCount, int TotalWeightGrams)
    : FloorFact(AtUtc, StationCode);

/// <summary>The carrier heard of the handover (<paramref name="Problem"/> null) or did not.</summary>
[EventName("dock.handover_told")]
public sealed record ManifestHandover(DateTime AtUtc, string CarrierCode, string Number, string? CarrierReference, string? Problem)
    : FloorFact(AtUtc, null);
