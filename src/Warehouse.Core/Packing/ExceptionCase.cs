namespace Warehouse.Core.Packing;

public enum ExceptionKind
{
    WeightMismatch,
    ShortPack,
    CartonMissing,
}

/// <summary>An entry on the supervisor's exceptions list.</summary>
public sealed class ExceptionCase
{
    public int Id { get; set; }
    public ExceptionKind Kind { get; set; }
    public DateTime AtUtc { get; set; }
    public required string StationCode { get; set; }
    public required string OrderNumber { get; set; }
    public int? SessionId { get; set; }
    public int? ExpectedGrams { get; set; }
    public int? ActualGrams { get; set; }
    public string? Reason { get; set; }
    public DateTime? ResolvedUtc { get; set; }
    public string? Resolution { get; set; }
}
