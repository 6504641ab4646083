using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Stock;

/// <summary>
/// Reserves available units of a SKU on pick faces open for picking, first expiry first (units without
/// an expiry last), then the oldest balance. Each part is one conditional update —
/// <c>SET Reserved = Reserved + n WHERE OnHand - Reserved >= n</c> — so however many allocate at once,
/// no unit is promised twice; PostgreSQL re-checks the condition on the row it waited for. The parts are
/// taken in one order (expiry, id) by everyone, so two allocations never wait on each other in a circle.
/// </summary>
public sealed class StockAllocation(IDbContextFactory<WarehouseDb> dbs)
{
    // A part lost to a concurrent allocation is read again and tried with what is left, this many times.
    private const int Attempts = 3;

    /// <param name="locationCode">Only this location; anywhere in the warehouse when null.</param>
    public async Task<AllocationOutcome> ReserveAsync(int skuId, int quantity, string? locationCode = null, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = await ReserveAsync(db, skuId, quantity, locationCode, ct);
        if (outcome is AllocationOutcome.Reserved) await tx.CommitAsync(ct);
        else await tx.RollbackAsync(ct);
        return outcome;
    }

    /// <summary>
    /// Reserves inside the caller's transaction, so several lines (a wave's order) are all reserved or
    /// none: on <see cref="AllocationOutcome.Short"/> parts of earlier lines are still reserved in it,
    /// and the caller rolls back.
    /// </summary>
    public static async Task<AllocationOutcome> ReserveAsync(WarehouseDb db, int skuId, int quantity, string? locationCode, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Stock is reserved inside the transaction of what it is for; begin one first.");

        var candidates = await Candidates(db, skuId, locationCode).ToListAsync(ct);
        var parts = new List<AllocatedStock>();
        var wanted = quantity;
        foreach (var c in candidates)
        {
            var free = c.Free;
            for (var attempt = 0; attempt < Attempts && wanted > 0 && free > 0; attempt++)
            {
                var take = Math.Min(free, wanted);
                var changed = await db.StockBalances
                    .Where(b => b.Id == c.Id && b.OnHand - b.Reserved >= take)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(b => b.Reserved, b => b.Reserved + take)
                        .SetProperty(b => b.Version, b => b.Version + 1), ct);
                if (changed == 1)
                {
                    parts.Add(new AllocatedStock(c.Id, c.LocationCode, c.Lot, c.Expiry, take));
                    wanted -= take;
                    break;
                }
                free = await db.StockBalances.Where(b => b.Id == c.Id).Select(b => b.OnHand - b.Reserved).SingleAsync(ct);
            }
            if (wanted == 0) break;
        }
        return wanted > 0 ? new AllocationOutcome.Short(quantity, quantity - wanted) : new AllocationOutcome.Reserved(parts);
    }

    /// <summary>
    /// Reserves units of one named balance inside the caller's transaction (a picker took another lot than the
    /// one allocated): a conditional update, false with nothing reserved when it has too few free.
    /// </summary>
    public static async Task<bool> ReserveOnAsync(WarehouseDb db, int balanceId, int quantity, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Stock is reserved inside the transaction of what it is for; begin one first.");
        var changed = await db.StockBalances
            .Where(b => b.Id == balanceId && b.OnHand - b.Reserved >= quantity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Reserved, b => b.Reserved + quantity)
                .SetProperty(b => b.Version, b => b.Version + 1), ct);
        return changed == 1;
    }

    /// <summary>Gives reserved units back (work cancelled before it was picked).</summary>
    public async Task ReleaseAsync(AllocatedStock part, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await ReleaseAsync(db, part.BalanceId, part.Quantity, ct);
    }

    /// <summary>Gives reserved units of one balance back, in the caller's unit of work (an order cancelled before its pick).</summary>
    public static async Task ReleaseAsync(WarehouseDb db, int balanceId, int quantity, CancellationToken ct)
    {
        var changed = await db.StockBalances
            .Where(b => b.Id == balanceId && b.Reserved >= quantity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Reserved, b => b.Reserved - quantity)
                .SetProperty(b => b.Version, b => b.Version + 1), ct);
        if (changed == 0)
            throw new StockShortException($"Balance {balanceId} holds fewer than {quantity} reserved units to release.");
    }

    /// <summary>
    /// What an allocation of these SKUs would find free now, in the order it would take it: for a preview
    /// that must not reserve (a wave not yet released). A later allocation may find less.
    /// </summary>
    public static Task<List<FreeStock>> FreeAsync(WarehouseDb db, IReadOnlyCollection<int> skuIds, CancellationToken ct) =>
        Allocatable(db).Where(x => skuIds.Contains(x.Balance.SkuId))
            .OrderBy(x => x.Balance.SkuId).ThenBy(x => x.Balance.Expiry == null).ThenBy(x => x.Balance.Expiry).ThenBy(x => x.Balance.Id)
            .Select(x => new FreeStock(x.Balance.Id, x.Balance.SkuId, x.Location.Code, x.Balance.Lot, x.Balance.Expiry, x.Balance.OnHand - x.Balance.Reserved))
            .ToListAsync(ct);

    private sealed record Candidate(int Id, string LocationCode, string Lot, DateOnly? Expiry, int Free);

    private sealed class BalanceAt
    {
        public required StockBalance Balance { get; init; }
        public required Location Location { get; init; }
    }

    // Available units with some free, on pick faces open for picking.
    private static IQueryable<BalanceAt> Allocatable(WarehouseDb db) =>
        from b in db.StockBalances
        join l in db.Locations on b.LocationId equals l.Id
        where b.Status == StockStatus.Available && b.OnHand - b.Reserved > 0 && l.IsPickFace && !l.BlockedForPicking
        select new BalanceAt { Balance = b, Location = l };

    private static IQueryable<Candidate> Candidates(WarehouseDb db, int skuId, string? locationCode) =>
        from x in Allocatable(db)
        where x.Balance.SkuId == skuId && (locationCode == null || x.Location.Code == locationCode)
        orderby x.Balance.Expiry == null, x.Balance.Expiry, x.Balance.Id
        select new Candidate(x.Balance.Id, x.Location.Code, x.Balance.Lot, x.Balance.Expiry, x.Balance.OnHand - x.Balance.Reserved);
}
