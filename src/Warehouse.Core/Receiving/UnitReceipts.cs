using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Receiving;

/// <summary>
/// One item scanned off the delivery is one unit in the receiver's hand, counted on its line: a SKU the delivery
/// names (any SKU on a blind one), its lot and expiry where the SKU keeps lots, a serial new for the SKU where it
/// keeps serials. More than the line expects only after <c>CMD:RECEIPT:OVER</c>.
/// </summary>
internal static class UnitReceipts
{
    public static ScanResult ArmOver(ReceivingContext ctx)
    {
        if (ctx.Delivery is null) return ctx.Refuse(ReceivingCodes.DeliveryFirst, ReceivingCommands.Over);
        ctx.Desk.Confirm = DeskConfirm.Over;
        return ctx.Accept(ReceivingCodes.OverArmed);
    }

    public static async Task<ScanResult> CountAsync(ReceivingContext ctx, string code, CancellationToken ct)
    {
        var delivery = ctx.Delivery!;
        if (ScannedItem.Read(code, ctx.GroupSeparatorStandIn, out var item) is { } unreadable) return ctx.Refuse(unreadable.Code, unreadable.Args);
        var sku = await ctx.Db.FindByScanAsync(item.Key, ct);
        if (sku is null)
            return Gtin.LooksLikeGtinWithBadCheckDigit(item.Key)
                ? ctx.Refuse(PickCodes.BadCheckDigit, ScanText.ForAudit(item.Key))
                : ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(code));

        var lot = sku.TracksLots ? item.Lot ?? "" : "";
        if (sku.TracksLots && lot.Length == 0) return ctx.Refuse(ReceivingCodes.LotRequired, sku.Code, sku.Name);
        if (sku.TracksSerials && await SerialRefusalAsync(ctx, sku, item.Serial, ct) is { } serialRefused) return serialRefused;

        var lines = delivery.Lines.Where(l => l.SkuId == sku.Id).ToList();
        var line = lines.FirstOrDefault(l => l.Lot == lot);
        if (!delivery.Blind)
        {
            if (lines.Count == 0) return ctx.Refuse(ReceivingCodes.NotOnDelivery, sku.Code, sku.Name, delivery.Number);
            if (line is null) return ctx.Refuse(ReceivingCodes.LotNotOnDelivery, sku.Code, lot, string.Join(", ", lines.Select(l => l.Lot)));
        }
        var expiry = line?.Expiry ?? item.Expiry;
        if (sku.TracksLots && expiry is null) return ctx.Refuse(ReceivingCodes.ExpiryRequired, sku.Code, lot);
        if (sku.TracksLots && item.Expiry is { } scanned && scanned != expiry)
            return ctx.Refuse(ReceivingCodes.ExpiryDiffers, lot, Iso(expiry), Iso(scanned));

        if (line is null)
        {
            line = new DeliveryLine { SkuId = sku.Id, Lot = lot, Expiry = sku.TracksLots ? expiry : null };
            delivery.Lines.Add(line);
        }
        else if (!delivery.Blind && line.Received >= line.Expected && !line.OverConfirmed)
        {
            if (ctx.Desk.Confirm != DeskConfirm.Over)
                return ctx.Refuse(ReceivingCodes.OverExpected, sku.Code, line.Received.ToString(), line.Expected.ToString());
            line.OverConfirmed = true;
        }
        ctx.Desk.Confirm = DeskConfirm.None;
        line.Received++;
        var unit = new ReceivedUnit
        {
            DeliveryId = delivery.Id, SkuId = sku.Id, Lot = lot, Expiry = line.Expiry, Serial = sku.TracksSerials ? item.Serial : null,
            StationCode = ctx.StationCode, OperatorId = ctx.At.Station.OperatorId, ScannedUtc = ctx.Now,
        };
        if (line.Id == 0) await ctx.Db.SaveChangesAsync(ct); // a new line gets its id before the unit names it
        unit.DeliveryLineId = line.Id;
        ctx.Db.ReceivedUnits.Add(unit);
        ctx.InHand.Add(unit);
        ctx.Touch();
        return ctx.Accept(ReceivingCodes.Counted, sku.Code, sku.Name, line.Received.ToString(), line.Expected.ToString(), ctx.InHand.Count.ToString());
    }

    /// <summary>A serial enters the warehouse once per SKU: not in stock's serials already, nor in anyone's hand.</summary>
    private static async Task<ScanResult?> SerialRefusalAsync(ReceivingContext ctx, Sku sku, string? serial, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(serial)) return ctx.Refuse(ReceivingCodes.SerialRequired, sku.Code, sku.Name);
        var known = await ctx.Db.StockSerials.AnyAsync(s => s.SkuId == sku.Id && s.Serial == serial, ct)
            || await ctx.Db.ReceivedUnits.AnyAsync(u => u.SkuId == sku.Id && u.Serial == serial, ct);
        return known ? ctx.Refuse(ReceivingCodes.SerialKnown, ScanText.ForAudit(serial), sku.Code) : null;
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";
}
