using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Stock;

/// <summary>
/// The one place a stock move is applied: the ledger row and the balances of the locations at its
/// ends change together, inside the caller's transaction (refused without one, so a move can never
/// be stored apart from what caused it). A move out of a location is a conditional update — it takes
/// units only while the location has them — so two pickers cannot take the same unit.
/// </summary>
public sealed class StockLedger(WarehouseDb db)
{
    private readonly Dictionary<string, int> _locationIds = new(StringComparer.Ordinal);

    /// <param name="fromReserved">The units leaving were reserved for this work (a pick of an allocation): the reservation goes with them.</param>
    public async Task ApplyAsync(StockMove move, bool fromReserved = false, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A stock move is applied inside the transaction of what caused it; begin one first.");

        if (move.From.IsLocation) await TakeAsync(move, await LocationIdAsync(move.From.Code, ct), fromReserved, ct);
        if (move.To.IsLocation) await PutAsync(move, await LocationIdAsync(move.To.Code, ct), ct);
        if (move.Serial is not null && move.From.Kind == StockPlaceKind.Outside)
            db.StockSerials.Add(new StockSerial { SkuId = move.SkuId, Serial = move.Serial });
        db.StockMoves.Add(move);
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> LocationIdAsync(string code, CancellationToken ct)
    {
        if (_locationIds.TryGetValue(code, out var id)) return id;
        var found = await db.Locations.Where(l => l.Code == code).Select(l => (int?)l.Id).SingleOrDefaultAsync(ct)
            ?? throw new ArgumentException($"No location {code}.", nameof(code));
        return _locationIds[code] = found;
    }

    private IQueryable<StockBalance> Balance(StockMove move, int locationId) =>
        db.StockBalances.Where(b => b.LocationId == locationId && b.SkuId == move.SkuId && b.Lot == move.Lot
            && b.Expiry == move.Expiry && b.Status == move.Status);

    private async Task TakeAsync(StockMove move, int locationId, bool fromReserved, CancellationToken ct)
    {
        var n = move.Quantity;
        var reserved = fromReserved ? n : 0;
        var balance = fromReserved
            ? Balance(move, locationId).Where(b => b.OnHand >= n && b.Reserved >= n)
            : Balance(move, locationId).Where(b => b.OnHand - b.Reserved >= n);
        var changed = await balance.ExecuteUpdateAsync(s => s
            .SetProperty(b => b.OnHand, b => b.OnHand - n)
            .SetProperty(b => b.Reserved, b => b.Reserved - reserved)
            .SetProperty(b => b.Version, b => b.Version + 1), ct);
        if (changed == 0)
            throw new StockShortException($"{move.From} has fewer than {n} {(fromReserved ? "reserved" : "free")} units of SKU {move.SkuId} (lot '{move.Lot}', {move.Status}).");
    }

    private async Task PutAsync(StockMove move, int locationId, CancellationToken ct)
    {
        var n = move.Quantity;
        var changed = await Balance(move, locationId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.OnHand, b => b.OnHand + n)
            .SetProperty(b => b.Version, b => b.Version + 1), ct);
        // A first unit of its kind here opens the balance; a racing first unit meets the unique index
        // and the caller decides again (ConflictRetry), finding this row.
        if (changed == 0)
        {
            db.StockBalances.Add(new StockBalance
            {
                SkuId = move.SkuId, LocationId = locationId, Lot = move.Lot, Expiry = move.Expiry, Status = move.Status, OnHand = n,
            });
        }
    }
}
