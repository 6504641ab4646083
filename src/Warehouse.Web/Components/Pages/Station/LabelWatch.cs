using Warehouse.Core.Packing;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>
/// Follows a station's recent labels from one board reading to the next: which packed parcels
/// still wait for their label, and which waiting label has just come out of the printer, so the
/// packer (by then at the next box) is told whose label it is. A label that prints within
/// <see cref="Patience"/> on a ready printer is never called waiting: that is the normal case.
/// </summary>
public sealed class LabelWatch
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly HashSet<int> _announced = [];

    /// <summary>Labels not printed: waiting in a queue or a printer, or failed.</summary>
    public IReadOnlyList<StationParcel> Waiting { get; private set; } = [];

    /// <summary>The last label that came out after the station had called it waiting.</summary>
    public StationParcel? JustPrinted { get; private set; }

    /// <summary>When the next label passes <see cref="Patience"/>, if one is on its way now.</summary>
    public DateTime? NextDueUtc { get; private set; }

    public bool IsWaiting(string trackingNumber) => Waiting.Any(p => p.TrackingNumber == trackingNumber);

    /// <summary>Takes a new reading; returns the sound it calls for ("LabelWaiting", "LabelPrinted"), if any.</summary>
    public string? Update(IReadOnlyList<StationParcel> parcels, bool printerReady, DateTime nowUtc)
    {
        string? sound = null;
        var unprinted = parcels.Where(p => p.PrintStatus != "Printed").ToList();
        Waiting = unprinted.Where(p => p.PrintStatus == "Failed" || !printerReady || nowUtc - p.LabelQueuedUtc >= Patience).ToList();
        NextDueUtc = unprinted.Except(Waiting).Select(p => (DateTime?)(p.LabelQueuedUtc + Patience)).Min();

        foreach (var waiting in Waiting)
            if (_announced.Add(waiting.PrintJobId)) sound = "LabelWaiting";
        foreach (var printed in parcels.Where(p => p.PrintStatus == "Printed"))
        {
            if (!_announced.Remove(printed.PrintJobId)) continue;
            JustPrinted = printed;
            sound = "LabelPrinted";
        }
        _announced.IntersectWith(parcels.Select(p => p.PrintJobId)); // older jobs left the board
        return sound;
    }

    /// <summary>A new parcel is done: the previous "this label is for" note has served.</summary>
    public void Forget() => JustPrinted = null;
}
