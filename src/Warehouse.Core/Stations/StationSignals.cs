using Warehouse.Core.Floor;

namespace Warehouse.Core.Stations;

/// <summary>The station scale's reading as it changes; a stable one is judged by the station's handler.</summary>
[EventName("weight.read")]
public sealed record WeightRead(DateTime AtUtc, string StationCode, int Grams, bool Stable, FloorMessage? Fault) : FloorSignal(AtUtc, StationCode);

/// <summary>
/// Zero or tare asked for by a command barcode; whoever drives the station's scale sends it. Not a
/// fact: replayed after a restart it would zero a scale minutes later, under a parcel.
/// </summary>
[EventName("scale.command_requested")]
public sealed record ScaleCommandRequested(DateTime AtUtc, string StationCode, string Command) : FloorSignal(AtUtc, StationCode);

/// <summary>The scale's answer to zero or tare, or why it could not be asked.</summary>
[EventName("scale.command_answered")]
public sealed record ScaleCommandAnswered(DateTime AtUtc, string StationCode, bool Accepted, FloorMessage Message) : FloorSignal(AtUtc, StationCode);
