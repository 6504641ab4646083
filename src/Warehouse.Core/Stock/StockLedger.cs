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
    public Task ApplyAsync(StockMove move, bool fromReserved = false, CancellationToken ct = default) =>
        ApplyAsync([move], fromReserved, ct);

    /// <summary>
    /// Several moves of one cause (a stock-take file, a pick list) with one save: a balance opened by
    /// an earlier move of the batch is counted here until it is stored with the rest.
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<StockMove> moves, bool fromReserved = false, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A stock move is applied inside the transaction of what caused it; begin one first.");

        var opened = new Dictionary<(int Location, int Sku, string Lot, DateOnly? Expiry, StockStatus Status), StockBalance>();
        foreach (var move in moves)
        {
            if (move.From.IsLocation)
            {
                var from = await LocationIdAsync(move.From.Code, ct);
                if (!opened.TryGetValue(Key(move, from), out var balance)) await TakeAsync(move, from, fromReserved, ct);
                else if (!balance.TryTake(move.Quantity, fromReserved)) throw Short(move, fromReserved);
            }
            if (move.To.IsLocation)
            {
                var to = await LocationIdAsync(move.To.Code, ct);
                if (opened.TryGetValue(Key(move, to), out var balance)) balance.Put(move.Quantity);
                else if (await PutAsync(move, to, ct) is { } added) opened[Key(move, to)] = added;
            }
            if (move.Serial is not null && move.From.Kind == StockPlaceKind.Outside && !await ComesBackAsync(move, ct))
                db.StockSerials.Add(new StockSerial { SkuId = move.SkuId, Serial = move.Serial });
            db.StockMoves.Add(move);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A returned unit whose serial entered the warehouse before is that unit coming back, not a second one.</summary>
    private async Task<bool> ComesBackAsync(StockMove move, CancellationToken ct) =>
        move.Reason == StockReasons.Return && await db.StockSerials.AnyAsync(s => s.SkuId == move.SkuId && s.Serial == move.Serial, ct);

    private static (int, int, string, DateOnly?, StockStatus) Key(StockMove move, int locationId) =>
        (locationId, move.SkuId, move.Lot, move.Expiry, move.Status);

    private static StockShortException Short(StockMove move, bool fromReserved) =>
        new($"{move.From} has fewer than {move.Quantity} {(fromReserved ? "reserved" : "free")} units of SKU {move.SkuId} (lot '{move.Lot}', {move.Status}).");

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
        if (changed == 0) throw Short(move, fromReserved);
    }

    /// <returns>The balance it opened, when this is the first unit of its kind here.</returns>
    private async Task<StockBalance?> PutAsync(StockMove move, int locationId, CancellationToken ct)
    {
        var n = move.Quantity;
        var changed = await Balance(move, locationId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.OnHand, b => b.OnHand + n)
            .SetProperty(b => b.Version, b => b.Version + 1), ct);
        // A first unit of its kind here opens the balance; a racing first unit meets the unique index
        // and the caller decides again (ConflictRetry), finding this row.
        if (changed > 0) return null;
        var opened = StockBalance.Open(move, locationId);
        db.StockBalances.Add(opened);
        return opened;
    }
}
