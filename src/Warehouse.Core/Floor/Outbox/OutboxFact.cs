namespace Warehouse.Core.Floor.Outbox;

/// <summary>
/// One fact as written in the transaction that caused it. <see cref="Sequence"/> is commit order:
/// outbox writes are serialised until commit (<see cref="FactOrder"/>), so a lower number is
/// never committed after a higher one and a hole is a rolled-back write, never one still coming.
/// </summary>
public sealed class OutboxFact
{
    public long Sequence { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The event's stable name (<see cref="EventNameAttribute"/>).</summary>
    public required string Type { get; set; }

    public string? StationCode { get; set; }
    public required string Payload { get; set; }
}

/// <summary>
/// How far a durable consumer (notices, shop webhooks, carrier requests) has got. It gets every
/// fact after its checkpoint at least once and drops what it has seen by sequence number.
/// </summary>
public sealed class FactCheckpoint
{
    /// <summary>Kept by pruning itself: every fact at or below it is gone.</summary>
    public const string Pruned = "(pruned)";

    public required string Consumer { get; set; }
    public long Sequence { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
