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

    private readonly HashSet<string> _announced = [];
    private readonly HashSet<string> _faults = [];

    /// <summary>Labels not printed: waiting in a queue or a printer, failed, or not confirmed by the printer.</summary>
    public IReadOnlyList<StationParcel> Waiting { get; private set; } = [];

    /// <summary>The last label that came out after the station had called it waiting.</summary>
    public StationParcel? JustPrinted { get; private set; }

    /// <summary>When the next label passes <see cref="Patience"/>, if one is on its way now.</summary>
    public DateTime? NextDueUtc { get; private set; }

    public bool IsWaiting(StationParcel parcel) => Waiting.Any(p => p.Key == parcel.Key);

    /// <summary>
    /// Takes a new reading; returns the sound it calls for ("Fault" for a label the printer did not
    /// confirm, "LabelWaiting", "LabelPrinted"), if any.
    /// </summary>
    public string? Update(IReadOnlyList<StationParcel> parcels, bool printerReady, DateTime nowUtc)
    {
        string? sound = null;
        // A failed or unconfirmed label that a later job of the same parcel printed (a reprint) is settled.
        var reprinted = parcels.Where(p => p.IsPrinted).GroupBy(p => p.Sscc).ToDictionary(g => g.Key, g => g.Max(p => p.PrintJobId));
        var unprinted = parcels.Where(p => !p.IsPrinted && !(p.IsLabelFault && reprinted.GetValueOrDefault(p.Sscc) > p.PrintJobId)).ToList();
        Waiting = unprinted.Where(p => p.IsLabelFault || p.CarrierProblem is not null || (p.HasLabel && !printerReady) || nowUtc - p.LabelQueuedUtc >= Patience).ToList();
        NextDueUtc = unprinted.Except(Waiting).Select(p => (DateTime?)(p.LabelQueuedUtc + Patience)).Min();

        // A parcel called waiting for its carrier stays announced once the carrier answers: its first
        // job carries the announcement on, so the packer still hears whose label comes out.
        foreach (var answered in _announced.Where(k => k.StartsWith("parcel-", StringComparison.Ordinal)).ToList())
        {
            var sscc = answered["parcel-".Length..];
            if (parcels.Any(p => p.Key == answered)) continue;
            if (parcels.Where(p => p.HasLabel && p.Sscc == sscc).MinBy(p => p.PrintJobId) is { } job)
            {
                _announced.Remove(answered);
                _announced.Add(job.Key);
            }
        }
        foreach (var waiting in Waiting)
            if (_announced.Add(waiting.Key)) sound = "LabelWaiting";
        foreach (var printed in parcels.Where(p => p.IsPrinted))
        {
            if (!_announced.Remove(printed.Key)) continue;
            JustPrinted = printed;
            sound = "LabelPrinted";
        }
        _announced.IntersectWith(parcels.Select(p => p.Key)); // older jobs left the board
        // A label called waiting may turn out not confirmed later: that change is a fault of its own, heard once.
        bool fault = false;
        foreach (var lost in Waiting.Where(p => p.IsNotConfirmed)) fault |= _faults.Add(lost.Key);
        _faults.IntersectWith(parcels.Select(p => p.Key));
        return fault ? "Fault" : sound;
    }

    /// <summary>A new parcel is done: the previous "this label is for" note has served.</summary>
    public void Forget() => JustPrinted = null;
}
