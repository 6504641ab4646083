using Warehouse.Core.Orders;

namespace Warehouse.Core.Packing;

public enum SessionStatus
{
    Open,
    Completed,
    Closed,
}

/// <summary>
/// One order being packed at one station. Every accepted item scan is a <see cref="PackedUnit"/>,
/// so undo and "what is in the parcel" come from the same record; it survives a restart.
/// </summary>
public sealed class PackingSession
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public Order Order { get; set; } = null!;
    public required string StationCode { get; set; }
    public int OperatorId { get; set; }
    public SessionStatus Status { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime? EndedUtc { get; set; }
    public DateTime? LastItemScanUtc { get; set; }

    public List<PackedUnit> Units { get; set; } = [];

    /// <summary>A request waiting for a supervisor's badge ("short:missing", "weight:packaging", …).</summary>
    public string? PendingApproval { get; set; }

    public string? ShortReason { get; set; }
    public int? ShortApprovedBy { get; set; }

    /// <summary>The stable weight last judged for this parcel and when the scale settled on it.</summary>
    public int? WeighedGrams { get; set; }
    public DateTime? WeighedUtc { get; set; }
    public bool WeightInTolerance { get; set; }
    public string? WeightAcceptReason { get; set; }
    public int? WeightAcceptedBy { get; set; }

    public string? CartonCode { get; set; }
    public int Version { get; set; }

    public int ScannedOf(int skuId) => Units.Count(u => u.SkuId == skuId);
}

public sealed class PackedUnit
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int SkuId { get; set; }
    public DateTime ScannedUtc { get; set; }
}
