using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// What a scanned code means at a returns desk: the parcel's RMA or return tracking number opens the
/// return, anything else is a unit taken out of it — declared, extra, or not even one of our products.
/// </summary>
internal static class ReturnsDeskScans
{
    public static async Task<ScanResult> DecideAsync(ReturnsDesk desk, string code, CancellationToken ct)
    {
        // A partial refund waits for its amount: what reads as one is one; the next parcel's RMA still opens it.
        var awaitsAmount = desk.Return is { AwaitsRefundDecision: true, RefundDraft: Refunds.RefundDecision.Partial, RefundDraftMinor: null };
        if (awaitsAmount && Refunds.RefundAmount.TryParse(code, out _)) return ReturnsDeskRefunds.Amount(desk, desk.Return!, code);
        if (await FindReturnAsync(desk, code, ct) is { } found) return await OpenAsync(desk, found, ct);
        if (awaitsAmount) return ReturnsDeskRefunds.Amount(desk, desk.Return!, code);
        // A mistyped or unknown RMA is no product either: say so rather than count it as a unit.
        if (code.StartsWith(ReturnNumber.Prefix, StringComparison.OrdinalIgnoreCase)) return desk.Refuse(ReturnsDeskCodes.UnknownRma, ScanText.ForAudit(code));
        if (desk.Return is not { } open) return desk.Refuse(ReturnsDeskCodes.NoReturnOpen, ScanText.ForAudit(code));
        if (open.AwaitsRefundDecision) return desk.Refuse(ReturnsDeskCodes.AwaitsRefund, open.Number);
        if (open.OpenUnit is { AwaitsPlace: true } decided) return await PlaceAsync(desk, open, decided, code, ct);
        if (open.OpenUnit is { } waiting) return desk.Refuse(ReturnsDeskCodes.UnitOnDesk, desk.NameOf(waiting));

        var sku = await desk.Db.FindByScanAsync(code, ct);
        var unit = open.Unpack(sku?.Id, ScanText.ForAudit(code), desk.Station.Code, desk.Station.OperatorId!.Value, desk.Now);
        if (sku is null) return desk.Accept(ReturnsDeskCodes.UnitUnknown, unit.Code);
        if (!desk.Names.ContainsKey(sku.Id)) desk.Names = new Dictionary<int, string>(desk.Names) { [sku.Id] = sku.Name };
        if (unit.Outcome == ReturnUnitOutcome.Extra) return desk.Accept(ReturnsDeskCodes.UnitExtra, sku.Name, open.Number);

        var line = open.Lines.First(l => l.Id == unit.ReturnLineId);
        return desk.Accept(ReturnsDeskCodes.UnitArrived, sku.Name, open.ArrivedOf(line).ToString(), line.Quantity.ToString());
    }

    /// <summary>
    /// A restocked or quarantined unit goes into the location scanned, through the stock ledger with its
    /// status (B-grade stock, quarantine), in the desk's transaction: stock and the unit's place agree.
    /// </summary>
    private static async Task<ScanResult> PlaceAsync(ReturnsDesk desk, CustomerReturn open, ReturnUnit unit, string code, CancellationToken ct)
    {
        var location = code.Trim().ToUpperInvariant();
        if (location.Length > 40 || !await desk.Db.Locations.AnyAsync(l => l.Code == location, ct))
            return desk.Refuse(ReturnsDeskCodes.NotALocation, ScanText.ForAudit(code), desk.NameOf(unit));
        var status = ReturnDispositions.StatusOf(unit.Disposition!.Value, unit.Grade!.Value);
        open.Place(location);
        await new StockLedger(desk.Db).ApplyAsync(
            StockMove.Create(desk.Now, unit.SkuId!.Value, StockPlace.Outside, StockPlace.AtLocation(location), 1, StockReasons.Return, open.Number, status: status), ct: ct);
        return desk.Accept(ReturnsDeskCodes.Placed, desk.NameOf(unit), location, status.ToString());
    }

    /// <summary>The return an RMA number or the return's tracking number names; null when the code is neither.</summary>
    private static async Task<CustomerReturn?> FindReturnAsync(ReturnsDesk desk, string code, CancellationToken ct)
    {
        string? number = ReturnNumber.TryParse(code, out var rma) ? rma.Value : null;
        if (number is null && code.Length > 64) return null;
        return await ReturnsDeskHandler.AtDesk(desk.Db)
            .FirstOrDefaultAsync(r => number != null ? r.Number == number : r.TrackingNumber == code, ct);
    }

    private static async Task<ScanResult> OpenAsync(ReturnsDesk desk, CustomerReturn found, CancellationToken ct)
    {
        desk.OrderNumber = found.OrderNumber;
        if (desk.Return is { } open)
        {
            if (open.Id == found.Id) return desk.Accept(ReturnsDeskCodes.Resumed, open.Number, open.OrderNumber);
            if (!open.AwaitsRefundDecision) return desk.Refuse(ReturnsDeskCodes.OtherOpen, open.Number);
            // An inspected return waiting for its refund is put aside by the next parcel; its number brings it back.
            desk.EndReturn();
        }

        if (!found.CanBeInspected && !found.AwaitsRefundDecision) return desk.Refuse(ReturnsDeskCodes.NotInspectable, found.Number, found.Status.ToString());
        // One desk at a time inspects a return; CMD:CANCEL there frees it.
        var elsewhere = await desk.Db.Stations
            .Where(s => s.Kind == StationKind.Returns && s.TaskId == found.Id && s.Code != desk.Station.Code)
            .Select(s => s.Code).FirstOrDefaultAsync(ct);
        if (elsewhere is not null) return desk.Refuse(ReturnsDeskCodes.OpenElsewhere, found.Number, elsewhere);

        desk.Station.TaskId = found.Id;
        desk.Return = found;
        desk.Names = await ReturnsDeskHandler.NamesAsync(desk.Db, found, ct);
        desk.Prices = await ReturnPrices.ForAsync(desk.Db, found, ct);
        if (found.AwaitsRefundDecision) return desk.Accept(ReturnsDeskCodes.OpenedForRefund, found.Number, found.OrderNumber, desk.RefundDue(found));

        var resumed = found.Status == ReturnStatus.Received;
        found.ReceiveAtDesk(desk.Now);
        if (!resumed) desk.Record(new ReturnReceived(desk.Now, desk.Station.Code, found.OrderNumber, found.Number));
        return desk.Accept(resumed ? ReturnsDeskCodes.Resumed : ReturnsDeskCodes.Opened, found.Number, found.OrderNumber, found.StillExpected.ToString());
    }
}
