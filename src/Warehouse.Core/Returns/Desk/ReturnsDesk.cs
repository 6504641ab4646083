using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>Everything one decision at a returns desk reads and changes, inside the pipeline's transaction.</summary>
internal sealed class ReturnsDesk
{
    private readonly StationContext _at;

    public ReturnsDesk(StationContext at, CustomerReturn? open, IReadOnlyDictionary<int, string> names)
    {
        _at = at;
        Return = open;
        Names = names;
        at.OrderNumber ??= open?.OrderNumber;
    }

    public WarehouseDb Db => _at.Db;
    public Station Station => _at.Station;
    public DateTime Now => _at.Now;
    public CustomerReturn? Return { get; set; }

    /// <summary>Product names by SKU id, for the return's lines and what was scanned.</summary>
    public IReadOnlyDictionary<int, string> Names { get; set; }

    public string? OrderNumber
    {
        get => _at.OrderNumber;
        set => _at.OrderNumber = value;
    }

    public void Record(FloorFact fact) => _at.Record(fact);

    public string NameOf(ReturnUnit unit) => unit.SkuId is int id && Names.TryGetValue(id, out var name) ? name : unit.Code;

    public FloorMessage Next()
    {
        if (Station.OperatorId is null) return new(StationCodes.NextSignIn);
        if (Return is not { } r) return new(ReturnsDeskCodes.NextScanParcel);
        if (r.OpenUnit is { AwaitsPlace: true } decided) return new(ReturnsDeskCodes.NextPlace, NameOf(decided), decided.Disposition!.Value.ToString());
        if (r.OpenUnit is { } unit)
        {
            return unit.Grade is { } grade
                ? new(ReturnsDeskCodes.NextDisposition, NameOf(unit), ReturnGrades.Suggest(grade).ToString())
                : new(ReturnsDeskCodes.NextGrade, NameOf(unit));
        }

        return r.StillExpected > 0 ? new(ReturnsDeskCodes.NextScanItem, r.StillExpected.ToString()) : new(ReturnsDeskCodes.NextFinish, r.Number);
    }

    public ScanResult Refuse(string code, params string[] args) => ScanResult.Refused(Next(), code, args);
    public ScanResult Accept(string code, params string[] args) => ScanResult.Ok(Next(), code, args);

    /// <summary>The desk is done with the return (inspected or left): it waits for the next parcel.</summary>
    public void EndReturn()
    {
        Station.TaskId = null;
        Return = null;
    }
}
