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
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);

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

        if (wanted > 0)
        {
            await tx.RollbackAsync(ct);
            return new AllocationOutcome.Short(quantity, quantity - wanted);
        }
        await tx.CommitAsync(ct);
        return new AllocationOutcome.Reserved(parts);
    }

    /// <summary>Gives reserved units back (work cancelled before it was picked).</summary>
    public async Task ReleaseAsync(AllocatedStock part, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var changed = await db.StockBalances
            .Where(b => b.Id == part.BalanceId && b.Reserved >= part.Quantity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Reserved, b => b.Reserved - part.Quantity)
                .SetProperty(b => b.Version, b => b.Version + 1), ct);
        if (changed == 0)
            throw new StockShortException($"{part.LocationCode} holds fewer than {part.Quantity} reserved units to release.");
    }

    private sealed record Candidate(int Id, string LocationCode, string Lot, DateOnly? Expiry, int Free);

    private static IQueryable<Candidate> Candidates(WarehouseDb db, int skuId, string? locationCode) =>
        from b in db.StockBalances
        join l in db.Locations on b.LocationId equals l.Id
        where b.SkuId == skuId && b.Status == StockStatus.Available && b.OnHand - b.Reserved > 0
            && l.IsPickFace && !l.BlockedForPicking && (locationCode == null || l.Code == locationCode)
        orderby b.Expiry == null, b.Expiry, b.Id
        select new Candidate(b.Id, l.Code, b.Lot, b.Expiry, b.OnHand - b.Reserved);
}
