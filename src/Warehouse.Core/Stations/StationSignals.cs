using System.Text.Json.Serialization;
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

/// <summary>
/// A line from the station's serial scanner that was not a code (noise, too long, cut off), refused
/// by whoever reads the scanner before it became a scan: the packer sees a refused scan, not nothing.
/// <see cref="Kind"/> is <c>garbage</c>, <c>line-too-long</c> or <c>incomplete</c>.
/// </summary>
[EventName("scanner.refused")]
public sealed record ScannerRefused(DateTime AtUtc, string StationCode, string Kind) : FloorSignal(AtUtc, StationCode)
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "garbage", "line-too-long", "incomplete" };

    /// <summary>What the station shows; a kind this build does not know is shown as a scanner fault.</summary>
    [JsonIgnore]
    public FloorMessage Message => new("scanner.refused", Kinds.Contains(Kind) ? Kind : "other");
}
