namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// GLS Track&amp;Trace's answer as JSON, with GLS's names (BenMorel/gls-tracker src/Model/Parcel.php, Event.php,
/// Reference.php, and src/GLSTracker.php for "parcels" and "errors"). Everything may be missing: the reader decides
/// what a missing field means. Descriptions and locations are GLS's text and are never read for a decision.
/// </summary>
internal sealed record GlsTrackingAnswer(List<GlsTrackedParcel?>? Parcels, List<GlsTrackingError?>? Errors);

/// <summary>One parcel: its TrackID, its status now and since when, the numbers it goes by, its events (newest first).</summary>
internal sealed record GlsTrackedParcel(string? TrackId, string? Status, string? Timestamp, List<GlsParcelReference?>? References, List<GlsParcelEvent?>? Events);

/// <summary>A number the parcel goes by: UNITNO (the parcel number), UNIQUENO (the TrackID), CUSTREF (ours)…</summary>
internal sealed record GlsParcelReference(string? Type, string? Name, string? Value);

/// <summary>One scan: its code ("3.0"), its time, and GLS's words for it.</summary>
internal sealed record GlsParcelEvent(string? Timestamp, string? Code, string? Description, string? Location, string? Country);

/// <summary>A refusal: a four-digit exit code, a short message and a description.</summary>
internal sealed record GlsTrackingError(string? ExitCode, string? ExitMessage, string? Description);
