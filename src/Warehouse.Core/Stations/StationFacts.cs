using Warehouse.Core.Floor;

namespace Warehouse.Core.Stations;

/// <summary>A scan was decided at a station, whoever brought it (page, API, agent, local scanner).</summary>
[EventName("scan.decided")]
public sealed record ScanDecided(DateTime AtUtc, string StationCode, string ScanId, string? OrderNumber, ScanOutcome Outcome, FloorMessage Message)
    : FloorFact(AtUtc, StationCode);

/// <summary>A stable weight was judged against what the open parcel should weigh.</summary>
[EventName("weight.judged")]
public sealed record WeightJudged(DateTime AtUtc, string StationCode, string? OrderNumber, int Grams, ScanOutcome Outcome, FloorMessage Message)
    : FloorFact(AtUtc, StationCode);

/// <summary>
/// Who is signed in or what is open at a station changed. A <paramref name="Notice"/> is said at
/// that station as a refusal: signed in elsewhere, signed out for idling, the order taken away.
/// </summary>
[EventName("station.changed")]
public sealed record StationChanged(DateTime AtUtc, string StationCode, string? OrderNumber = null, FloorMessage? Notice = null)
    : FloorFact(AtUtc, StationCode);

/// <summary>An admin saved a station's device set: whoever drives its devices may change now.</summary>
[EventName("station.devices_saved")]
public sealed record StationDevicesSaved(DateTime AtUtc, string StationCode) : FloorFact(AtUtc, StationCode);
