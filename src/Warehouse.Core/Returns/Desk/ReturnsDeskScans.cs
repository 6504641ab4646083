using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// What a scanned code means at a returns desk: the parcel's RMA or return tracking number opens the
/// return, anything else is a unit taken out of it — declared, extra, or not even one of our products.
/// </summary>
internal static class ReturnsDeskScans
{
    public static async Task<ScanResult> DecideAsync(ReturnsDesk desk, string code, ReturnsDeskOptions options, CancellationToken ct)
    {
        // A partial refund waits for its amount: what reads as one is one; the next parcel's RMA still opens it.
        var awaitsAmount = desk.Return is { AwaitsRefundDecision: true, RefundDraft: Refunds.RefundDecision.Partial, RefundDraftMinor: null };
        if (awaitsAmount && Refunds.RefundAmount.TryParse(code, out _)) return ReturnsDeskRefunds.Amount(desk, desk.Return!, code);
        if (await FindReturnAsync(desk, code, ct) is { } found) return await OpenAsync(desk, found, ct);
        if (awaitsAmount) return ReturnsDeskRefunds.Amount(desk, desk.Return!, code);
        // A mistyped or unknown RMA is no product either: say so rather than count it as a unit.
        if (code.StartsWith(ReturnNumber.Prefix, StringComparison.OrdinalIgnoreCase)) return desk.Refuse(ReturnsDeskCodes.UnknownRma, ScanText.ForAudit(code));
        if (desk.Return is not { } open || open.AwaitsRefundDecision)
        {
            // No RMA on the parcel: our shipping label on it, or the order number, names its order.
            if (await ReturnsDeskOrders.FindAsync(desk.Db, code, ct) is { } order) return await ReceiveAsync(desk, order, options, ct);
            return desk.Return is { } waiting ? desk.Refuse(ReturnsDeskCodes.AwaitsRefund, waiting.Number) : desk.Refuse(ReturnsDeskCodes.NoReturnOpen, ScanText.ForAudit(code));
        }
        if (open.OpenUnit is { AwaitsPlace: true } decided) return await PlaceAsync(desk, open, decided, code, ct);
        if (ScannedItem.Read(code, options.GroupSeparatorStandIn, out var item) is { } unreadable)
        {
            // GS1 data that names no item may be another order's label (AI 00, the SSCC): that parcel is next.
            return open.OpenUnit is null && await ReturnsDeskOrders.FindAsync(desk.Db, code, ct) is { } labelled
                ? await ReceiveAsync(desk, labelled, options, ct)
                : desk.Refuse(unreadable.Code, [.. unreadable.Args]);
        }
        if (open.OpenUnit is { } onDesk)
        {
            // Its serial or lot, asked for after a plain scan, is read on the desk; anything else waits.
            if (onDesk is { Trace: ReturnUnitTrace.NotRead, Disposition: null } && (item.Serial ?? item.Lot) is not null
                && await desk.Db.FindByScanAsync(item.Key, ct) is { } same && same.Id == onDesk.SkuId)
                return await TraceAsync(desk, open, onDesk, same, item, ct);
            return desk.Refuse(ReturnsDeskCodes.UnitOnDesk, desk.NameOf(onDesk));
        }

        var sku = await desk.Db.FindByScanAsync(item.Key, ct);
        if (sku is null && await ReturnsDeskOrders.FindAsync(desk.Db, code, ct) is { } another) return await ReceiveAsync(desk, another, options, ct);
        if (sku is not null && !await ExpectsAsync(desk, open, sku.Id, ct)
            && await ReturnsDeskOrders.ElsewhereAsync(desk.Db, open, sku.Id, ct) is { } elsewhere)
            return desk.Refuse(ReturnsDeskCodes.BelongsElsewhere, sku.Name, elsewhere, open.Number);

        var unit = open.Unpack(sku?.Id, ScanText.ForAudit(code), desk.Station.Code, desk.Station.OperatorId!.Value, desk.Now);
        if (sku is null) return desk.Accept(ReturnsDeskCodes.UnitUnknown, unit.Code);
        if (!desk.Names.ContainsKey(sku.Id)) desk.Names = new Dictionary<int, string>(desk.Names) { [sku.Id] = sku.Name };
        var traced = await TraceAsync(desk, open, unit, sku, item, ct);
        if (traced.Message.Code != ReturnsDeskCodes.TraceMatches) return traced;
        if (unit.Outcome == ReturnUnitOutcome.Extra) return desk.Accept(ReturnsDeskCodes.UnitExtra, sku.Name, open.Number);

        var line = open.Lines.First(l => l.Id == unit.ReturnLineId);
        return desk.Accept(ReturnsDeskCodes.UnitArrived, sku.Name, open.ArrivedOf(line).ToString(), line.Quantity.ToString());
    }

    /// <summary>
    /// The unit's serial or lot checked against the shipment and kept with it. A match (or nothing to
    /// check) answers with <see cref="ReturnsDeskCodes.TraceMatches"/>, which the first scan of a unit
    /// turns into its usual answer; a mismatch or a missing serial is said at once.
    /// </summary>
    private static async Task<ScanResult> TraceAsync(ReturnsDesk desk, CustomerReturn open, ReturnUnit unit, Sku sku, ScannedItem item, CancellationToken ct)
    {
        var trace = await ReturnsDeskTraces.CheckAsync(desk.Db, open.OrderId, sku, item, ct);
        open.Trace(unit, trace);
        var what = trace.Serial ?? trace.Lot ?? "";
        return trace.Result switch
        {
            ReturnUnitTrace.NotShipped => desk.Accept(ReturnsDeskCodes.TraceNotShipped, sku.Name, ScanText.ForAudit(what), open.OrderNumber),
            ReturnUnitTrace.NotRead => desk.Accept(ReturnsDeskCodes.TraceNotRead, sku.Name, open.OrderNumber),
            _ => desk.Accept(ReturnsDeskCodes.TraceMatches, sku.Name, ScanText.ForAudit(what), open.OrderNumber),
        };
    }

    /// <summary>
    /// Whether the unit belongs to the open return: declared on it, or its order shipped one not yet returned
    /// (for a declared return that is an extra of it). An unannounced return's line grows by the unit (stored
    /// now, so the unit can name it). False sends the clerk to look for the customer's other order.
    /// </summary>
    private static async Task<bool> ExpectsAsync(ReturnsDesk desk, CustomerReturn open, int skuId, CancellationToken ct)
    {
        if (open.Lines.Any(l => l.SkuId == skuId && open.ArrivedOf(l) < l.Quantity)) return true;
        var order = await desk.Db.Orders.AsNoTracking().FirstAsync(o => o.Id == open.OrderId, ct);
        var returnable = await ReturnableOrders.ReadAsync(desk.Db, order, ct);
        if (returnable.Lines.FirstOrDefault(l => l.SkuId == skuId && l.Left > 0) is not { } shipped) return false;
        // A declared return keeps its declaration: an undeclared unit its order could still return is an extra of it.
        if (!open.IsUnannounced) return true;
        open.ExpectUndeclared(shipped);
        await desk.Db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// A parcel without its RMA, received against its order: the order's declared return if it has one
    /// still to inspect, else a return made here (kind by the law's windows today). An order with nothing
    /// shipped left to return is refused with why, and nothing is made.
    /// </summary>
    private static async Task<ScanResult> ReceiveAsync(ReturnsDesk desk, Orders.Order order, ReturnsDeskOptions options, CancellationToken ct)
    {
        if (await ReturnsDeskOrders.DeclaredAsync(desk.Db, order, ct) is { } declared) return await OpenAsync(desk, declared, ct);
        var returnable = await ReturnableOrders.ReadAsync(desk.Db, order, ct);
        if (returnable.Lines.All(l => l.Shipped == 0)) return desk.Refuse(ReturnsDeskCodes.OrderNotShipped, order.Number);
        if (returnable.Lines.All(l => l.Left == 0)) return desk.Refuse(ReturnsDeskCodes.OrderAllReturned, order.Number);
        var putAside = desk.Return is { AwaitsRefundDecision: false } aside ? aside.Number : null;
        if (LeaveOpen(desk) is { } refused) return refused;

        var kind = ReturnsDeskOrders.KindToday(returnable, desk.Now, desk.Zone, options.Returns);
        var number = ReturnNumber.From(await Serials.NextAsync(desk.Db, ReturnDeclarations.Serial, ct)).Value;
        var made = CustomerReturn.ReceivedUnannounced(number, order.Id, order.Number, kind, desk.Now);
        desk.Db.Returns.Add(made);
        desk.Db.AuditEvents.Add(new AuditEvent { Kind = "return.unannounced", AtUtc = desk.Now, StationCode = desk.Station.Code, OrderNumber = order.Number, MessageArgs = number });
        // The desk's task is the return's id: stored now, in the scan's transaction.
        await desk.Db.SaveChangesAsync(ct);
        Take(desk, made, ReturnPrices.None, new Dictionary<int, string>());
        desk.Record(new ReturnReceived(desk.Now, desk.Station.Code, order.Number, number));
        return putAside is null
            ? desk.Accept(ReturnsDeskCodes.ReceivedUnannounced, number, order.Number, kind.ToString())
            : desk.Accept(ReturnsDeskCodes.ReceivedUnannouncedBeside, number, order.Number, kind.ToString(), putAside);
    }

    /// <summary>
    /// Before another parcel is opened: a unit on the desk must be decided first; otherwise the open
    /// return is put aside (received, what was decided kept; its number brings it back). One parcel may
    /// hold two returns.
    /// </summary>
    private static ScanResult? LeaveOpen(ReturnsDesk desk)
    {
        if (desk.Return is not { } open) return null;
        if (open.OpenUnit is not null) return desk.Refuse(ReturnsDeskCodes.OtherOpen, open.Number);
        desk.EndReturn();
        return null;
    }

    private static void Take(ReturnsDesk desk, CustomerReturn found, ReturnPrices prices, IReadOnlyDictionary<int, string> names)
    {
        desk.OrderNumber = found.OrderNumber;
        desk.Station.TaskId = found.Id;
        desk.Return = found;
        desk.Names = names;
        desk.Prices = prices;
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
            StockMove.Create(desk.Now, unit.SkuId!.Value, StockPlace.Outside, StockPlace.AtLocation(location), 1, StockReasons.Return, open.Number,
                unit.Lot ?? "", unit.Expiry, unit.Serial, status), ct: ct);
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
        if (desk.Return is { } open && open.Id == found.Id) return desk.Accept(ReturnsDeskCodes.Resumed, open.Number, open.OrderNumber);
        if (!found.CanBeInspected && !found.AwaitsRefundDecision) return desk.Refuse(ReturnsDeskCodes.NotInspectable, found.Number, found.Status.ToString());
        // One desk at a time inspects a return; CMD:CANCEL there frees it.
        var elsewhere = await desk.Db.Stations
            .Where(s => s.Kind == StationKind.Returns && s.TaskId == found.Id && s.Code != desk.Station.Code)
            .Select(s => s.Code).FirstOrDefaultAsync(ct);
        if (elsewhere is not null) return desk.Refuse(ReturnsDeskCodes.OpenElsewhere, found.Number, elsewhere);
        // Saying so only for one left half-inspected: an inspected one waiting for its refund is expected to go.
        var putAside = desk.Return is { AwaitsRefundDecision: false } aside ? aside.Number : null;
        if (LeaveOpen(desk) is { } refused) return refused;

        var prices = await ReturnPrices.ForAsync(desk.Db, found, ct);
        Take(desk, found, prices, await ReturnsDeskHandler.NamesAsync(desk.Db, found, ct));
        if (found.AwaitsRefundDecision) return desk.Accept(ReturnsDeskCodes.OpenedForRefund, found.Number, found.OrderNumber, desk.RefundDue(found));

        var resumed = found.Status == ReturnStatus.Received;
        found.ReceiveAtDesk(desk.Now);
        if (!resumed) desk.Record(new ReturnReceived(desk.Now, desk.Station.Code, found.OrderNumber, found.Number));
        if (putAside is not null) return desk.Accept(ReturnsDeskCodes.OpenedBeside, found.Number, found.OrderNumber, putAside);
        return desk.Accept(resumed ? ReturnsDeskCodes.Resumed : ReturnsDeskCodes.Opened, found.Number, found.OrderNumber, found.StillExpected.ToString());
    }
}
