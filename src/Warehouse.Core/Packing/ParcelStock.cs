using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Packing;

/// <summary>
/// The stock ledger's side of a finished parcel, in the same transaction. An order picked into totes:
/// the packed units move tote → parcel (<c>pack</c>) and an emptied tote is freed. An order packed from
/// the shelf: each unit moves from a pick face → parcel (<c>picked-at-pack</c>), free available stock
/// first expiry first. When the books hold too little, the parcel still goes: the floor is not stopped
/// by stock data, and the audit says what the books lacked (<c>stock.not_on_books</c>).
/// </summary>
internal static class ParcelStock
{
    public const string NotOnBooks = "stock.not_on_books";

    /// <param name="boxUnits">What was scanned into this parcel's box.</param>
    public static async Task MoveAsync(ScanContext ctx, PackingSession session, Parcel parcel, IReadOnlyList<PackedUnit> boxUnits, CancellationToken ct)
    {
        var order = session.Order;
        var packed = boxUnits.GroupBy(u => u.SkuId).ToDictionary(g => g.Key, g => g.Count());
        var to = StockPlace.InParcel(parcel.Sscc);
        var ledger = new StockLedger(ctx.Db);
        var totes = await ctx.Db.Totes.Where(t => t.OrderId == order.Id).OrderBy(t => t.Barcode).ToListAsync(ct);

        var missing = totes.Count > 0
            ? await FromTotesAsync(ctx, ledger, totes, packed, to, order.Number, ct)
            : await FromShelfAsync(ctx, ledger, packed, to, order.Number, ct);

        foreach (var (skuId, units) in missing.Where(m => m.Value > 0))
        {
            ctx.Db.AuditEvents.Add(new AuditEvent
            {
                Kind = NotOnBooks, AtUtc = ctx.Now, StationCode = ctx.Station.Code, OperatorId = ctx.Station.OperatorId,
                OrderNumber = order.Number, MessageArgs = string.Join('\u001f', skuId.ToString(), units.ToString(), totes.Count > 0 ? "tote" : "shelf"),
            });
        }
    }

    /// <returns>Units per SKU packed but not found in the totes.</returns>
    private static async Task<Dictionary<int, int>> FromTotesAsync(ScanContext ctx, StockLedger ledger, List<Tote> totes,
        Dictionary<int, int> packed, StockPlace to, string orderNumber, CancellationToken ct)
    {
        var wanted = new Dictionary<int, int>(packed);
        var moves = new List<StockMove>();
        foreach (var tote in totes)
        {
            var from = StockPlace.InTote(tote.Barcode);
            var contents = await PlaceContents.OfAsync(ctx.Db, from, ct);
            foreach (var unit in contents)
            {
                var take = Math.Min(unit.Quantity, wanted.GetValueOrDefault(unit.SkuId));
                if (take == 0) continue;
                wanted[unit.SkuId] -= take;
                moves.Add(StockMove.Create(ctx.Now, unit.SkuId, from, to, take, StockReasons.Pack, orderNumber,
                    unit.Lot, unit.Expiry, unit.Serial, unit.Status));
            }
            // A tote that still holds units (a short pack) stays with the order until someone empties it.
            if (contents.Sum(c => c.Quantity) == moves.Where(m => m.From == from).Sum(m => m.Quantity))
            {
                tote.State = CarrierState.Empty;
                tote.OrderId = null;
                tote.OrderNumber = null;
            }
        }
        if (moves.Count > 0) await ledger.ApplyAsync(moves, ct: ct);
        return wanted;
    }

    /// <returns>Units per SKU packed but not free on the books.</returns>
    private static async Task<Dictionary<int, int>> FromShelfAsync(ScanContext ctx, StockLedger ledger,
        Dictionary<int, int> packed, StockPlace to, string orderNumber, CancellationToken ct)
    {
        var wanted = new Dictionary<int, int>(packed);
        var free = await StockAllocation.FreeAsync(ctx.Db, packed.Keys.ToList(), ct);
        foreach (var part in free)
        {
            var take = Math.Min(part.Free, wanted.GetValueOrDefault(part.SkuId));
            if (take == 0) continue;
            var move = StockMove.Create(ctx.Now, part.SkuId, StockPlace.AtLocation(part.LocationCode), to, take,
                StockReasons.PickedAtPack, orderNumber, part.Lot, part.Expiry);
            try
            {
                await ledger.ApplyAsync(move, ct: ct);
                wanted[part.SkuId] -= take;
            }
            catch (StockShortException)
            {
                // Taken by someone else since it was read: its conditional update changed nothing; try the next part.
            }
        }
        return wanted;
    }
}
