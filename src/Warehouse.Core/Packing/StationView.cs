using Warehouse.Core.Floor;
using Warehouse.Core.Printing;

namespace Warehouse.Core.Packing;

/// <summary>What a packing station's screen shows, read fresh from the database.</summary>
public sealed record StationView(
    string StationCode,
    string? OperatorName,
    string OperatorLanguage,
    string? OrderNumber,
    string? OrderStatus,
    string? StopReason,
    IReadOnlyList<StationLine> Lines,
    FloorMessage Next,
    string? PendingApproval,
    bool ShortApproved,
    string? SuggestedCarton,
    int? ExpectedGrams,
    int? ToleranceGrams,
    int? WeighedGrams,
    bool WeightInTolerance,
    IReadOnlyList<StationParcel> RecentParcels,
    int LoadGrams,
    bool EcoPackaging = false)
{
    /// <summary>Which box is on the table and how many parcels are declared or suggested; null without an order.</summary>
    public StationBoxes? Boxes { get; init; }

    public int Scanned => Lines.Sum(l => l.Scanned);
    public int Expected => Lines.Sum(l => l.Expected);

    // LoadGrams: what the parcel on the scale should weigh now — scanned items plus the suggested carton.
}

public sealed record StationLine(string SkuCode, string Name, string? Gtin, int Expected, int Scanned, bool Fragile);

/// <summary>
/// One print job of a recent parcel (a reprint is a second job for the same parcel), or a parcel
/// still waiting for its carrier's label: <see cref="PrintStatus"/> "Carrier", no job yet
/// (<see cref="PrintJobId"/> 0). <see cref="Key"/> tells the rows apart. <see cref="PrinterProblem"/> is the
/// printer's own words on a job it failed or keeps waiting (a document printer's <c>job-state-reasons</c>).
/// </summary>
public sealed record StationParcel(string OrderNumber, string? TrackingNumber, string Sscc, int WeightGrams, DateTime PackedUtc, string PrintStatus, int PrintJobId, DateTime LabelQueuedUtc,
    string CarrierCode = "", string? CarrierProblem = null, bool CarrierRefused = false, string? CarrierProblemCode = null, string? PrinterProblem = null,
    bool PdfLabel = false)
{
    public const string WaitingForCarrier = "Carrier";

    public string Key => PrintJobId > 0 ? $"job-{PrintJobId}" : $"parcel-{Sscc}";

    public bool HasLabel => PrintJobId > 0;

    public bool IsPrinted => PrintStatus == nameof(PrintJobStatus.Printed);

    /// <summary>The printer went idle without counting this label: it may never have come out.</summary>
    public bool IsNotConfirmed => PrintStatus == nameof(PrintJobStatus.NotConfirmed);

    /// <summary>A label that will not come by itself: it failed, or the printer did not count it.</summary>
    public bool IsLabelFault => PrintStatus == nameof(PrintJobStatus.Failed) || IsNotConfirmed;
}
