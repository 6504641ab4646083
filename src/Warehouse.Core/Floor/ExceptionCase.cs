namespace Warehouse.Core.Floor;

public enum ExceptionKind
{
    WeightMismatch,
    ShortPack,
    CartonMissing,

    /// <summary>The QC bench failed an order; <see cref="ExceptionCase.Reason"/> says why (damaged, wrong-item, missing).</summary>
    QcFailed,
}

/// <summary>
/// An entry on the supervisor's exceptions list. Here, not in a station's folder, because more
/// than one kind of station opens them (packing, the QC bench) and the wall reads them all.
/// </summary>
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

    /// <summary>Photos taken for the case (ids from the photo upload, comma-separated); null when there are none.</summary>
    public string? PhotoIds { get; set; }

    public DateTime? ResolvedUtc { get; set; }
    public string? Resolution { get; set; }
}
