namespace Warehouse.Core.Stock;

/// <summary>
/// A location to count: a picker found less than the books said (or a cycle count is due). The location
/// is blocked for picking until it is counted; the count adjusts the books to what is there.
/// </summary>
public sealed class CountTask
{
    public int Id { get; set; }
    public required string LocationCode { get; set; }

    /// <summary>"short: missing", "short: damaged", "cycle count".</summary>
    public required string Reason { get; set; }

    /// <summary>What raised it: a pick list number.</summary>
    public string? SourceDocument { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? CountedUtc { get; set; }
    public int? CountedById { get; set; }

    public bool IsOpen => CountedUtc is null;
}
