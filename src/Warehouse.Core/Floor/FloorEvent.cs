using System.Text.Json.Serialization;

namespace Warehouse.Core.Floor;

/// <summary>
/// Something that happened on the floor, one record per kind (<see cref="FloorFact"/> or
/// <see cref="FloorSignal"/>). Pages, the dashboard and the hub hear both through
/// <see cref="FloorEvents"/>; only facts are written down.
/// </summary>
public abstract record FloorEvent(DateTime AtUtc, string? StationCode);

/// <summary>
/// A change the floor must not forget: written to the outbox in the same transaction as the
/// change itself, delivered after the commit in commit order, at least once, numbered by
/// <see cref="Sequence"/> so that a listener can resume and drop what it has already seen.
/// </summary>
public abstract record FloorFact(DateTime AtUtc, string? StationCode) : FloorEvent(AtUtc, StationCode)
{
    /// <summary>The fact's place in commit order; 0 until the relay has read it back from the outbox.</summary>
    [JsonIgnore]
    public long Sequence { get; init; }
}

/// <summary>
/// A live reading (a weight every 200 ms, a device poll): shown at once, never stored. A listener
/// that missed one waits for the next.
/// </summary>
public abstract record FloorSignal(DateTime AtUtc, string? StationCode) : FloorEvent(AtUtc, StationCode);

/// <summary>The event's stable name on the wire and in the outbox; renaming the class must not change it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
