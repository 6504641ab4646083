using Warehouse.Core.Catalog;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// One accepted item is one unit: moved in the ledger from the location into the slot's tote out of its
/// reservation, counted on its line, and kept as a picked unit with its lot and serial. The stop picked, the
/// picker is asked for the slot's tote.
/// </summary>
internal static class UnitPicks
{
    public static async Task<ScanResult> TakeAsync(PickContext ctx, PickStop stop, PickLine line, Sku sku, string? serial, bool otherLot, CancellationToken ct)
    {
        var list = ctx.List!;
        var tote = ctx.Slot(line.ToteSlot).ToteBarcode!;
        await new StockLedger(ctx.Db).ApplyAsync(StockMove.Create(ctx.Now, sku.Id, StockPlace.AtLocation(line.LocationCode), StockPlace.InTote(tote), 1,
            StockReasons.Pick, list.Number, line.Lot, line.Expiry, serial), fromReserved: true, ct);
        line.Picked++;
        ctx.Db.PickedUnits.Add(new PickedUnit
        {
            PickLineId = line.Id, PickListId = list.Id, OrderId = line.OrderId, SkuId = sku.Id, LocationCode = line.LocationCode,
            ToteBarcode = tote, Lot = line.Lot, Expiry = line.Expiry, Serial = serial, Quantity = 1, AtUtc = ctx.Now, PickerId = ctx.At.Station.OperatorId,
        });
        ctx.Touch();

        var lines = list.Lines.Where(l => l.Sequence == stop.Sequence).ToList();
        var picked = lines.Sum(l => l.Picked);
        var wanted = picked + lines.Sum(PickStop.Left);
        if (lines.All(l => l.IsDone))
        {
            list.AwaitingToteSlot = line.ToteSlot;
            ctx.Record(new PickLinePicked(ctx.Now, ctx.StationCode, list.Number, line.OrderNumber, sku.Code, picked, line.LocationCode));
        }
        return otherLot
            ? ctx.Accept(PickCodes.LotSwapped, line.Lot, sku.Name, picked.ToString(), wanted.ToString())
            : ctx.Accept(PickCodes.ItemPicked, sku.Name, picked.ToString(), wanted.ToString());
    }
}
