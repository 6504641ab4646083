using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Picking;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Receiving;

/// <summary>Everything one decision at a goods-in desk reads and changes, inside the pipeline's transaction.</summary>
internal sealed class ReceivingContext(StationContext at, GoodsInDesk desk, char groupSeparatorStandIn)
{
    public StationContext At { get; } = at;
    public WarehouseDb Db => At.Db;
    public DateTime Now => At.Now;
    public GoodsInDesk Desk { get; } = desk;
    public char GroupSeparatorStandIn { get; } = groupSeparatorStandIn;
    public string StationCode => At.Station.Code;

    /// <summary>The delivery this desk receives; null when none is open here.</summary>
    public Delivery? Delivery { get; set; }

    /// <summary>This desk's units of the open delivery not yet put away.</summary>
    public List<ReceivedUnit> InHand { get; set; } = [];

    /// <summary>Open put-back tasks, loaded in put-back mode.</summary>
    public List<PutBackTask> Tasks { get; set; } = [];

    public IEnumerable<PutBackTask> ToteTasks => Tasks.Where(t => t.ToteBarcode == Desk.PutBackTote);
    public List<PutBackTask> TasksInHand => ToteTasks.Where(t => t.InHand > 0).ToList();

    public FloorMessage Next()
    {
        if (At.Station.OperatorId is null) return new(StationCodes.NextSignIn);
        if (Desk.Mode == DeskMode.PutBack)
        {
            if (Desk.PutBackTote is not { } tote)
                return new(ReceivingCodes.PutBackNextTote, Tasks.Count.ToString(), string.Join(", ", Tasks.Select(t => t.ToteBarcode).Distinct().Take(5)));
            if (TasksInHand is [var first, ..] inHand)
                return new(ReceivingCodes.PutBackNextLocation, first.FromLocationCode, inHand.Sum(t => t.InHand).ToString());
            return new(ReceivingCodes.PutBackNextItem, tote, ToteTasks.Sum(t => t.Quantity - t.Returned).ToString());
        }
        if (Delivery is null) return new(ReceivingCodes.NextDelivery);
        if (InHand.Count > 0) return new(ReceivingCodes.NextLocation, InHand.Count.ToString(), Delivery.Number);
        return new(ReceivingCodes.NextItem, Delivery.Number, Delivery.Lines.Sum(l => l.Received).ToString(), Delivery.Lines.Sum(l => l.Expected).ToString());
    }

    public ScanResult Refuse(string code, params string[] args) => ScanResult.Refused(Next(), code, args);
    public ScanResult Accept(string code, params string[] args) => ScanResult.Ok(Next(), code, args);

    public void Record(FloorFact fact) => At.Record(fact);

    /// <summary>The delivery changed in this decision: a desk that read it before loses the race and decides again.</summary>
    public void Touch() => Delivery!.Version++;
}
