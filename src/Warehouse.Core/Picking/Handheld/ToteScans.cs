using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// Totes at a handheld: first an empty tote for each slot of the cart (bound to the slot's order), then, after
/// each stop, the slot's tote again to say the units are in it.
/// </summary>
internal static class ToteScans
{
    public static async Task<ScanResult> BindAsync(PickContext ctx, PickListTote slot, string code, CancellationToken ct)
    {
        ctx.At.OrderNumber = slot.OrderNumber;
        var barcode = code.ToUpperInvariant();
        if (ctx.List!.Totes.Any(t => t.ToteBarcode == barcode))
            return ctx.Refuse(PickCodes.ToteOnList, barcode, ctx.List.Totes.First(t => t.ToteBarcode == barcode).Slot.ToString());
        var tote = await ctx.Db.Totes.AsNoTracking().FirstOrDefaultAsync(t => t.Barcode == barcode, ct);
        if (tote is null) return ctx.Refuse(PickCodes.ToteUnknown, ScanText.ForAudit(code), slot.Slot.ToString());
        if (tote.State != CarrierState.Empty) return ctx.Refuse(PickCodes.ToteInUse, tote.Barcode, tote.OrderNumber ?? "");

        // Conditional, so two handhelds binding one tote at once cannot both have it.
        var taken = await ctx.Db.Totes.Where(t => t.Id == tote.Id && t.State == CarrierState.Empty).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.State, CarrierState.InUse)
            .SetProperty(t => t.OrderId, slot.OrderId)
            .SetProperty(t => t.OrderNumber, slot.OrderNumber), ct);
        if (taken == 0) return ctx.Refuse(PickCodes.ToteInUse, tote.Barcode, "");
        slot.ToteBarcode = tote.Barcode;
        ctx.Touch();
        return ctx.Accept(PickCodes.ToteBound, tote.Barcode, slot.Slot.ToString(), slot.OrderNumber);
    }

    public static async Task<ScanResult> ConfirmAsync(PickContext ctx, PickListTote slot, string code, CancellationToken ct)
    {
        ctx.At.OrderNumber = slot.OrderNumber;
        if (!string.Equals(code, slot.ToteBarcode, StringComparison.OrdinalIgnoreCase))
            return ctx.Refuse(PickCodes.WrongTote, ScanText.ForAudit(code), slot.ToteBarcode ?? "", slot.Slot.ToString());
        // The picker went to the cart: the next stop starts with its location, as the handheld page checks it.
        ctx.List!.AwaitingToteSlot = null;
        ctx.List.AtLocation = null;
        ctx.Touch();
        return await ListCompletion.FinishIfDoneAsync(ctx, ct)
            ?? ctx.Accept(PickCodes.ToteConfirmed, slot.ToteBarcode!, slot.Slot.ToString());
    }
}
