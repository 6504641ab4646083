using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>Everything one decision at a handheld reads and changes, inside the pipeline's transaction.</summary>
internal sealed class PickContext(StationContext at, PickList? list, IReadOnlyDictionary<int, Sku> skus, PickingOptions options)
{
    public StationContext At { get; } = at;
    public WarehouseDb Db => At.Db;
    public DateTime Now => At.Now;
    public PickingOptions Options { get; } = options;

    /// <summary>The list this handheld walks; null when none is open here.</summary>
    public PickList? List { get; set; } = list;

    public IReadOnlyDictionary<int, Sku> Skus { get; set; } = skus;

    public string StationCode => At.Station.Code;

    public PickListTote? UnboundTote => List?.Totes.Where(t => t.ToteBarcode is null).OrderBy(t => t.Slot).FirstOrDefault();

    public PickListTote Slot(int slot) => List!.Totes.Single(t => t.Slot == slot);

    public void Record(FloorFact fact) => At.Record(fact);

    /// <summary>What the picker should scan next, with everything the card shows.</summary>
    public FloorMessage Next()
    {
        if (At.Station.OperatorId is null) return new(StationCodes.NextSignIn);
        if (List is null) return new(PickCodes.NextList);
        if (UnboundTote is { } tote) return new(PickCodes.NextTote, tote.Slot.ToString(), tote.OrderNumber);
        if (List.AwaitingToteSlot is int slot) return new(PickCodes.NextPut, Slot(slot).ToteBarcode ?? "", slot.ToString());
        if (PickStop.Current(List) is not { } stop) return new(PickCodes.NextList);
        var sku = Skus[stop.SkuId];
        var left = stop.Remaining.ToString();
        if (List.AtLocation != stop.Location) return new(PickCodes.NextLocation, stop.Location, sku.Code, left);
        var slotText = stop.ToteSlot.ToString();
        if (sku.TracksLots) return new(PickCodes.NextItemLot, sku.Code, sku.Name, left, slotText, stop.Lines[0].Lot);
        if (sku.TracksSerials) return new(PickCodes.NextItemSerial, sku.Code, sku.Name, left, slotText);
        return new(PickCodes.NextItem, sku.Code, sku.Name, left, slotText);
    }

    public ScanResult Refuse(string code, params string[] args) => ScanResult.Refused(Next(), code, args);
    public ScanResult Accept(string code, params string[] args) => ScanResult.Ok(Next(), code, args);

    /// <summary>The list changed in this decision: a handheld that read it before loses the race and decides again.</summary>
    public void Touch() => List!.Version++;
}
