using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// What a scan means at a handheld in its current state, once the pipeline's first stage has found it is not a
/// badge, a command or a bad scan. One expected kind of scan at a time: list, empty tote, location, item, tote.
/// </summary>
internal static class PickScanRules
{
    public static async Task<ScanResult> DecideAsync(PickContext ctx, string code, CancellationToken ct)
    {
        if (ListNumbers.TryParse(code) is int listId) return await ListTaking.TakeAsync(ctx, listId, ct);
        var list = ctx.List;
        if (list is null) return ctx.Refuse(PickCodes.ListFirst, ScanText.ForAudit(code));
        if (ctx.UnboundTote is { } slot) return await ToteScans.BindAsync(ctx, slot, code, ct);
        if (list.AwaitingToteSlot is int awaited) return await ToteScans.ConfirmAsync(ctx, ctx.Slot(awaited), code, ct);

        var stop = PickStop.Current(list)!;
        ctx.At.OrderNumber = stop.OrderNumber;
        if (LocationCode.TryParse(code, out var location)) return LocationScans.Arrive(ctx, stop, location.Value);
        if (list.AtLocation != stop.Location) return await ItemScans.BeforeLocationAsync(ctx, stop, code, ct);
        return await ItemScans.PickAsync(ctx, stop, code, ct);
    }
}
