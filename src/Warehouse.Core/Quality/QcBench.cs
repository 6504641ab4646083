using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Quality;

/// <summary>Everything one decision at a QC bench reads and changes, inside the pipeline's transaction.</summary>
internal sealed class QcBench
{
    private readonly StationContext _at;

    public QcBench(StationContext at, QcCheck? check)
    {
        _at = at;
        Check = check;
        at.OrderNumber ??= check?.OrderNumber;
    }

    public WarehouseDb Db => _at.Db;
    public Station Station => _at.Station;
    public DateTime Now => _at.Now;
    public QcCheck? Check { get; set; }
    public Order? Order => Check?.Order;

    public string? OrderNumber
    {
        get => _at.OrderNumber;
        set => _at.OrderNumber = value;
    }

    public void Record(FloorFact fact) => _at.Record(fact);

    /// <summary>Units ordered but not yet found in the tote(s).</summary>
    public int Remaining => Order is null || Check is null ? 0 : Order.Lines.Sum(l => Math.Max(0, l.Quantity - Check.ScannedOf(l.SkuId)));

    public FloorMessage Next()
    {
        if (Station.OperatorId is null) return new(StationCodes.NextSignIn);
        if (Check is null) return new(QcCodes.NextScanTote);
        return Remaining > 0 ? new(QcCodes.NextScanItem, Remaining.ToString()) : new(QcCodes.NextVerdict, Check.OrderNumber);
    }

    public ScanResult Refuse(string code, params string[] args) => ScanResult.Refused(Next(), code, args);
    public ScanResult Accept(string code, params string[] args) => ScanResult.Ok(Next(), code, args);

    /// <summary>The check is over (a verdict or closed): the bench waits for the next tote.</summary>
    public void EndCheck()
    {
        Station.TaskId = null;
        Check = null;
    }
}
