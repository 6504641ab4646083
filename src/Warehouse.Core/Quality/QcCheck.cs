using Warehouse.Core.Orders;

namespace Warehouse.Core.Quality;

public enum QcResult
{
    /// <summary>Open at a bench: items being scanned.</summary>
    Open,
    Passed,
    Failed,

    /// <summary>The clerk closed it without a verdict (CMD:CANCEL); the order still waits for QC.</summary>
    Abandoned,
}

/// <summary>
/// One check of one order at a QC bench: which tote, who, when, the verdict and why, and the photos
/// taken for it. Every accepted item scan is a <see cref="QcUnit"/>, so the counts survive a restart.
/// A bench's task (<c>Station.TaskId</c>) is its open check.
/// </summary>
public sealed class QcCheck
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public Order Order { get; set; } = null!;
    public required string OrderNumber { get; set; }
    public required string ToteBarcode { get; set; }
    public required string StationCode { get; set; }
    public int OperatorId { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public QcResult Result { get; set; }

    /// <summary>Why it failed, as the command said: damaged, wrong-item, missing.</summary>
    public string? Reason { get; set; }

    /// <summary>Photo ids from the photo upload (comma-separated), when the bench sent any.</summary>
    public string? PhotoIds { get; set; }

    public List<QcUnit> Units { get; set; } = [];
    public int Version { get; set; }

    public int ScannedOf(int skuId) => Units.Count(u => u.SkuId == skuId);

    public void Finish(QcResult result, DateTime now, string? reason = null, string? photoIds = null)
    {
        Result = result;
        FinishedUtc = now;
        Reason = reason;
        PhotoIds = photoIds;
        Version++;
    }
}

/// <summary>One unit the clerk scanned and found as ordered.</summary>
public sealed class QcUnit
{
    public int Id { get; set; }
    public int CheckId { get; set; }
    public int SkuId { get; set; }
    public DateTime ScannedUtc { get; set; }
}
