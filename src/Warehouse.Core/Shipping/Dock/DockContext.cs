using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Shipping.Dock;

/// <summary>Everything one decision at a dock reads and changes, inside the pipeline's transaction.</summary>
internal sealed class DockContext(StationContext at, FloorClock clock)
{
    public StationContext At { get; } = at;
    public FloorClock Clock { get; } = clock;
    public WarehouseDb Db => At.Db;
    public DateTime Now => At.Now;
    public string StationCode => At.Station.Code;

    /// <summary>The carrier's open handover this dock scans onto (<c>Station.TaskId</c>); null when none.</summary>
    public Manifest? Manifest { get; set; }

    /// <summary>Parcels on <see cref="Manifest"/> so far.</summary>
    public int OnIt { get; set; }

    public FloorMessage Next()
    {
        if (At.Station.OperatorId is null) return new(StationCodes.NextSignIn);
        if (Manifest is not { } m) return new(DockCodes.NextCarrier);
        return new(DockCodes.NextParcel, m.CarrierCode, OnIt.ToString());
    }

    public ScanResult Refuse(string code, params string[] args) => ScanResult.Refused(Next(), code, args);
    public ScanResult Accept(string code, params string[] args) => ScanResult.Ok(Next(), code, args);
    public void Record(FloorFact fact) => At.Record(fact);
}
