using Warehouse.Core.Catalog;
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
/// The session is the one place that counts, undoes, and says what remains and what the parcel should weigh.
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

    /// <summary>A request waiting for a supervisor's badge.</summary>
    public PackingApproval? PendingApproval { get; set; }

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

    /// <summary>How many parcels the packer declared for the order ("n of m" on every label); 1 unless declared.</summary>
    public int ParcelCount { get; set; } = 1;

    /// <summary>Boxes already closed, each a labelled parcel; the packer fills box <see cref="CurrentBox"/>.</summary>
    public int ClosedBoxes { get; set; }

    public int CurrentBox => ClosedBoxes + 1;

    /// <summary>The box on the table is the last one declared: closing it finishes the order.</summary>
    public bool IsLastBox => CurrentBox >= ParcelCount;

    /// <summary>Units scanned into the box on the table.</summary>
    public IEnumerable<PackedUnit> InBox => Units.Where(u => u.Box == CurrentBox);

    public int ScannedOf(int skuId) => Units.Count(u => u.SkuId == skuId);

    /// <summary>Items ordered but not yet scanned.</summary>
    public int Remaining => Order.Lines.Sum(l => Math.Max(0, l.Quantity - ScannedOf(l.SkuId)));

    /// <summary>Every item scanned, or a supervisor approved packing short.</summary>
    public bool AllAccountedFor => ShortApprovedBy is not null || Remaining == 0;

    /// <summary>What was scanned into the box on the table.</summary>
    public IReadOnlyList<Sku> BoxContents() =>
        Order.Lines.SelectMany(l => Enumerable.Repeat(l.Sku, InBox.Count(u => u.SkuId == l.SkuId))).ToList();

    /// <summary>
    /// What the box on the table holds when it closes: what was scanned into it, and — for the last box,
    /// before all is accounted for — what the order still lacks.
    /// </summary>
    public IReadOnlyList<Sku> ExpectedContents() =>
        Order.Lines.SelectMany(l => Enumerable.Repeat(l.Sku,
            InBox.Count(u => u.SkuId == l.SkuId) + (IsLastBox && !AllAccountedFor ? Math.Max(0, l.Quantity - ScannedOf(l.SkuId)) : 0))).ToList();

    /// <summary>What the finished parcel should weigh in <paramref name="carton"/>.</summary>
    public int ExpectedGrams(CartonType? carton) => ExpectedContents().Sum(s => s.WeightGrams) + (carton?.TareGrams ?? 0);

    /// <summary>What is on the scale now: the scanned items and, once there are any, the carton.</summary>
    public int LoadGrams(CartonType? carton)
    {
        var scanned = InBox.Sum(u => Order.Lines.First(l => l.SkuId == u.SkuId).Sku.WeightGrams);
        return scanned == 0 ? 0 : scanned + (carton?.TareGrams ?? 0);
    }

    public void Count(int skuId, DateTime now)
    {
        Units.Add(new PackedUnit { SkuId = skuId, ScannedUtc = now, Box = CurrentBox });
        LastItemScanUtc = now;
        ForgetWeight(); // a new item changes what the parcel should weigh: judge afresh
    }

    /// <summary>Takes the last scanned item out of the open box again (closed boxes are sealed); null when it is empty.</summary>
    public PackedUnit? Undo()
    {
        var last = InBox.OrderByDescending(u => u.ScannedUtc).ThenByDescending(u => u.Id).FirstOrDefault();
        if (last is null) return null;
        Units.Remove(last);
        ForgetWeight();
        return last;
    }

    public void Weighed(int grams, DateTime settledUtc, bool inTolerance)
    {
        WeighedGrams = grams;
        WeighedUtc = settledUtc;
        WeightInTolerance = inTolerance;
        Version++;
    }

    public void Approve(PackingApproval approval, int supervisorId)
    {
        PendingApproval = null;
        if (approval.IsShort())
        {
            ShortReason = approval.Reason();
            ShortApprovedBy = supervisorId;
        }
        else
        {
            WeightAcceptReason = approval.Reason();
            WeightAcceptedBy = supervisorId;
        }
        Version++;
    }

    public void Complete(DateTime now, string cartonCode)
    {
        Status = SessionStatus.Completed;
        EndedUtc = now;
        CartonCode = cartonCode;
        Version++;
    }

    /// <summary>The box on the table became a parcel: the next box opens empty, to be weighed on its own.</summary>
    public void BoxClosed()
    {
        ClosedBoxes++;
        if (ParcelCount < CurrentBox) ParcelCount = CurrentBox;
        WeightAcceptedBy = null;
        WeightAcceptReason = null;
        ForgetWeight();
    }

    /// <summary>Ends the session without a parcel.</summary>
    public void Close(DateTime now)
    {
        Status = SessionStatus.Closed;
        EndedUtc = now;
        PendingApproval = null;
        Version++;
    }

    private void ForgetWeight()
    {
        WeighedGrams = null;
        WeighedUtc = null;
        WeightInTolerance = false;
        Version++;
    }
}

public sealed class PackedUnit
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int SkuId { get; set; }
    public DateTime ScannedUtc { get; set; }

    /// <summary>The box (1, 2, …) it was scanned into: that parcel's contents.</summary>
    public int Box { get; set; } = 1;
}
