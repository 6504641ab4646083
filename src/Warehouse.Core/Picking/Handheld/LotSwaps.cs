using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// The picker scanned another lot than the one allocated. It is taken when the rules allow — same SKU (checked
/// before), free units of that lot at this location, and an expiry no later than the allocated lot's, so first
/// expiry first still holds — and re-allocated: one unit's reservation moves from the allocated balance to the
/// scanned one, and the unit goes on a line of its own at the same stop. Otherwise refused with why.
/// </summary>
internal static class LotSwaps
{
    public static async Task<(PickLine? Line, ScanResult? Refusal)> SwapAsync(PickContext ctx, PickStop stop, string lot, CancellationToken ct)
    {
        var allocated = stop.Lines.First(l => PickStop.Left(l) > 0);
        var balance = await (from b in ctx.Db.StockBalances.AsNoTracking()
                             join l in ctx.Db.Locations on b.LocationId equals l.Id
                             where l.Code == stop.Location && b.SkuId == stop.SkuId && b.Lot == lot && b.Status == StockStatus.Available
                             select b).FirstOrDefaultAsync(ct);
        if (balance is null || balance.Free < 1) return (null, ctx.Refuse(PickCodes.LotNotHere, ScanText.ForAudit(lot), stop.Location));
        if (allocated.Expiry is { } due && (balance.Expiry is not { } expiry || expiry > due))
            return (null, ctx.Refuse(PickCodes.LotBreaksFefo, lot, Day(balance.Expiry), allocated.Lot, Day(allocated.Expiry)));
        if (!await StockAllocation.ReserveOnAsync(ctx.Db, balance.Id, 1, ct))
            return (null, ctx.Refuse(PickCodes.LotNotHere, lot, stop.Location));
        await StockAllocation.ReleaseAsync(ctx.Db, allocated.BalanceId, 1, ct);

        var list = ctx.List!;
        allocated.Quantity--;
        if (allocated is { Quantity: 0, Picked: 0, Shorted: 0 })
        {
            list.Lines.Remove(allocated);
            ctx.Db.PickLines.Remove(allocated);
        }
        var line = stop.Lines.FirstOrDefault(l => l.BalanceId == balance.Id);
        if (line is null)
        {
            line = new PickLine
            {
                WaveId = allocated.WaveId, PickListId = list.Id, OrderId = allocated.OrderId, OrderNumber = allocated.OrderNumber,
                OrderLineId = allocated.OrderLineId, SkuId = allocated.SkuId, ZoneCode = allocated.ZoneCode, LocationCode = allocated.LocationCode,
                BalanceId = balance.Id, Lot = balance.Lot, Expiry = balance.Expiry, Sequence = stop.Sequence, ToteSlot = allocated.ToteSlot,
            };
            list.Lines.Add(line);
        }
        line.Quantity++;
        ctx.Touch();
        return (line, null);
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd") ?? "";
}
