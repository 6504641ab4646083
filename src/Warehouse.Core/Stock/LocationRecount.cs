using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Stock;

/// <summary>
/// A count of locations that hold stock (a cycle count, or the count a short pick asked for), in the
/// stock-take's CSV form: for every location in the file, what is written is what is there — a kind of
/// unit the books hold and the file does not name was counted as none. The books move to the count by
/// "count" moves in the ledger, open count tasks close, and the location opens for picking again; all
/// in one transaction, or nothing with every problem by line and column. Units reserved for pick lists
/// cannot be counted away (the list would send a picker to nothing): such a line is refused.
/// Serial-tracked stock is not recounted by quantity and stays as it is.
/// </summary>
public sealed class LocationRecount(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<StockTakeOutcome> CountAsync(string csv, int? countedById = null, CancellationToken ct = default)
    {
        var (lines, problems) = StockTakeCsv.Read(csv);
        if (lines.Count == 0) return new StockTakeOutcome.Invalid(problems);

        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (locations, skus) = await StockFileNames.LoadAsync(db, lines, ct);
        var check = new StockTakeCheck(locations, skus, new HashSet<int>(), new HashSet<(int, string)>(), recount: true);
        var counted = new Dictionary<(string Location, int Sku, string Lot, DateOnly? Expiry, StockStatus Status), (int Quantity, int Line)>();
        foreach (var line in lines)
        {
            if (check.Line(line) is { } row)
                counted[(line.Location, row.SkuId, row.Lot, row.Expiry, row.Status)] = (row.Quantity, line.Line);
        }
        if (problems.Count + check.Problems.Count > 0)
            return new StockTakeOutcome.Invalid([.. problems.Concat(check.Problems).OrderBy(p => p.Line)]);

        var ids = locations.Values.ToDictionary(l => l.Id, l => l.Code);
        var serialSkus = (await db.Skus.AsNoTracking().Where(s => s.TracksSerials).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var books = (await db.StockBalances.AsNoTracking().Where(b => ids.Keys.Contains(b.LocationId)).ToListAsync(ct))
            .Where(b => !serialSkus.Contains(b.SkuId))
            .ToDictionary(b => (Location: ids[b.LocationId], Sku: b.SkuId, b.Lot, b.Expiry, b.Status));

        var now = clock.UtcNow;
        var document = $"count {now:yyyy-MM-dd HH:mm:ss}Z";
        var moves = new List<StockMove>();
        var refused = new List<ImportProblem>();
        foreach (var kind in books.Keys.Union(counted.Keys))
        {
            var (quantity, line) = counted.GetValueOrDefault(kind);
            var balance = books.GetValueOrDefault(kind);
            var (onHand, reserved) = (balance?.OnHand ?? 0, balance?.Reserved ?? 0);
            if (quantity < reserved)
            {
                refused.Add(new ImportProblem(line == 0 ? 1 : line, "quantity",
                    $"{kind.Location}: {reserved} units of SKU {kind.Sku} (lot '{kind.Lot}') are reserved for pick lists; count them after they are picked or shorted."));
                continue;
            }
            var difference = quantity - onHand;
            if (difference == 0) continue;
            var (from, to) = difference > 0
                ? (StockPlace.Outside, StockPlace.AtLocation(kind.Location))
                : (StockPlace.AtLocation(kind.Location), StockPlace.Outside);
            moves.Add(StockMove.Create(now, kind.Sku, from, to, Math.Abs(difference), StockReasons.Count, document, kind.Lot, kind.Expiry, status: kind.Status));
        }
        if (refused.Count > 0) return new StockTakeOutcome.Invalid(refused);

        await new StockLedger(db).ApplyAsync(moves, ct: ct);
        var codes = locations.Keys.ToList();
        var tasks = await db.CountTasks.Where(t => codes.Contains(t.LocationCode) && t.CountedUtc == null).ToListAsync(ct);
        foreach (var task in tasks)
        {
            task.CountedUtc = now;
            task.CountedById = countedById;
        }
        foreach (var location in locations.Values) location.BlockedForPicking = false;
        db.Record(new LocationsCounted(now, document, codes.Count, moves.Count, tasks.Count));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new StockTakeOutcome.Imported(document, lines.Count, moves.Sum(m => m.Quantity), codes.Count);
    }
}
