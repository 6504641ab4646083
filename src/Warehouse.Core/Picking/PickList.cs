using Warehouse.Core.Picking.Waves;

namespace Warehouse.Core.Picking;

/// <summary>
/// One walk through one zone: its lines in the order the router put them, the totes they go into (one
/// slot per order), and how long the walk is beside what S-shape and largest gap would walk.
/// </summary>
public sealed class PickList
{
    public int Id { get; private set; }

    /// <summary>PL-000123, printed on the cart ticket and shown on the handheld.</summary>
    public string Number => WaveNumbers.PickList(Id);

    public int WaveId { get; private set; }
    public string ZoneCode { get; private set; } = "";
    public PickListState State { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? StartedUtc { get; private set; }
    public DateTime? DoneUtc { get; private set; }

    /// <summary>The picker walking it, and the handheld they walk it with.</summary>
    public int? PickerId { get; private set; }
    public string? StationCode { get; private set; }

    /// <summary>"Ratliff–Rosenthal (exact)", "Roodbergen–De Koster (exact)".</summary>
    public string Method { get; private set; } = "";

    public long RouteLengthMm { get; private set; }
    public long SShapeLengthMm { get; private set; }
    public long LargestGapLengthMm { get; private set; }

    /// <summary>The location the picker confirmed for the current stop; items are taken only there.</summary>
    public string? AtLocation { get; set; }

    /// <summary>The current stop is picked: the picker scans this slot's tote to say the units are in it.</summary>
    public int? AwaitingToteSlot { get; set; }

    public List<PickListTote> Totes { get; private set; } = [];
    public List<PickLine> Lines { get; private set; } = [];

    public int Version { get; set; }

    private PickList() { }

    internal static PickList Plan(int waveId, string zoneCode, DateTime now, string method, long routeMm, long sShapeMm, long largestGapMm,
        List<PickListTote> totes, List<PickLine> lines) => new()
    {
        WaveId = waveId, ZoneCode = zoneCode, State = PickListState.Open, CreatedUtc = now, Method = method,
        RouteLengthMm = routeMm, SShapeLengthMm = sShapeMm, LargestGapLengthMm = largestGapMm, Totes = totes, Lines = lines,
    };

    /// <summary>A picker takes the list on a handheld; it is theirs until done.</summary>
    public void Start(int pickerId, string stationCode, DateTime now)
    {
        PickerId = pickerId;
        StationCode = stationCode;
        StartedUtc ??= now;
        State = PickListState.Picking;
        Version++;
    }

    /// <summary>Every line is picked or shorted.</summary>
    public void Finish(DateTime now)
    {
        State = PickListState.Done;
        DoneUtc = now;
        Version++;
    }
}

public enum PickListState
{
    Open,
    Picking,
    Done,
}
