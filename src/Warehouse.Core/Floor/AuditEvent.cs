namespace Warehouse.Core.Floor;

/// <summary>
/// Append-only record of every scan and decision: who, where, when, what was scanned and what
/// the system answered. Holds ids and order numbers, never names or addresses.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Kind { get; set; }
    public string? StationCode { get; set; }
    public int? OperatorId { get; set; }
    public string? OrderNumber { get; set; }

    /// <summary>What was scanned, made printable and cut to 128 characters.</summary>
    public string? Scanned { get; set; }

    public string? Outcome { get; set; }
    public string? MessageCode { get; set; }

    /// <summary>The message's arguments, joined with the unit separator (U+001F).</summary>
    public string? MessageArgs { get; set; }
}
