using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Packing;

/// <summary>
/// <c>CMD:CANCEL</c> on a multi-parcel order with boxes already closed: the packer empties them, so their
/// parcels are voided (their shipments cancelled at the carrier after the scan, <c>VoidDesk</c>) and their
/// units go back on the books to where they were packed from — the order's tote or the shelf location.
/// </summary>
internal static class BoxesUnpacked
{
    /// <returns>How many closed boxes were undone.</returns>
    public static async Task<int> UndoAsync(ScanContext ctx, PackingSession session, CancellationToken ct)
    {
        if (session.ClosedBoxes == 0) return 0;
        var order = session.Order;
        var live = await ctx.Db.Parcels
            .Where(p => p.OrderId == order.Id && p.Status != ParcelStatus.Voided && p.VoidRequestedUtc == null && p.PackedUtc >= session.StartedUtc)
            .ToListAsync(ct);
        var packed = await ctx.Db.StockMoves.AsNoTracking()
            .Where(m => m.SourceDocument == order.Number && (m.Reason == StockReasons.Pack || m.Reason == StockReasons.PickedAtPack))
            .ToListAsync(ct);
        var moves = new List<StockMove>();
        foreach (var parcel in live)
        {
            var place = StockPlace.InParcel(parcel.Sscc);
            foreach (var unit in await PlaceContents.OfAsync(ctx.Db, place, ct))
            {
                // Where this SKU was packed from; a unit the books never had (packed short of stock) has nowhere to go back to.
                if (packed.FirstOrDefault(m => m.SkuId == unit.SkuId && m.Lot == unit.Lot) is not { } from) continue;
                moves.Add(StockMove.Create(ctx.Now, unit.SkuId, place, from.From, unit.Quantity, StockReasons.Unpack, order.Number,
                    unit.Lot, unit.Expiry, unit.Serial, unit.Status));
            }
            parcel.RequestVoid(ctx.Now);
        }
        if (moves.Count > 0) await new StockLedger(ctx.Db).ApplyAsync(moves, ct: ct);
        return live.Count;
    }
}
