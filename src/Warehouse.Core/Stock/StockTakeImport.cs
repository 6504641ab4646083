using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Stock;

public abstract record StockTakeOutcome
{
    public sealed record Imported(string Document, int Lines, int Units, int Locations) : StockTakeOutcome;
    public sealed record Invalid(IReadOnlyList<ImportProblem> Problems) : StockTakeOutcome;
}

/// <summary>
/// A first stock-take from a CSV file: every line becomes a ledger move from outside to its location
/// with the reason "stock-take", all in one transaction, and each location named is counted (open for
/// picking). Every problem in the file is listed by line and column, and nothing is stored unless the
/// whole file is right. A location that already holds stock is refused: this is a first count, not a recount.
/// </summary>
public sealed class StockTakeImport(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<StockTakeOutcome> ImportAsync(string csv, CancellationToken ct = default)
    {
        var (lines, problems) = StockTakeCsv.Read(csv);
        if (lines.Count == 0) return new StockTakeOutcome.Invalid(problems);

        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (locations, skus) = await StockFileNames.LoadAsync(db, lines, ct);
        var locationIds = locations.Values.Select(l => l.Id).ToList();
        var stocked = (await db.StockBalances.Where(b => locationIds.Contains(b.LocationId) && b.OnHand > 0).Select(b => b.LocationId).Distinct().ToListAsync(ct)).ToHashSet();
        var serialSkuIds = skus.Values.Where(s => s.TracksSerials).Select(s => s.Id).ToList();
        var serialsInFile = lines.Where(l => l.Serial != "").Select(l => l.Serial).Distinct().ToList();
        var knownSerials = (await db.StockSerials.Where(s => serialSkuIds.Contains(s.SkuId) && serialsInFile.Contains(s.Serial))
            .Select(s => new { s.SkuId, s.Serial }).ToListAsync(ct)).Select(s => (s.SkuId, s.Serial)).ToHashSet();

        var now = clock.UtcNow;
        var document = $"stock-take {now:yyyy-MM-dd HH:mm:ss}Z";
        var check = new StockTakeCheck(locations, skus, stocked, knownSerials);
        var moves = new List<StockMove>();
        foreach (var line in lines)
        {
            if (check.Line(line) is { } row)
                moves.Add(StockMove.Create(now, row.SkuId, StockPlace.Outside, StockPlace.AtLocation(line.Location), row.Quantity,
                    StockReasons.StockTake, document, row.Lot, row.Expiry, row.Serial, row.Status));
        }
        // Lines refused for their text are not checked further; the others are, so one answer lists every problem.
        if (problems.Count + check.Problems.Count > 0)
            return new StockTakeOutcome.Invalid([.. problems.Concat(check.Problems).OrderBy(p => p.Line)]);

        try
        {
            await new StockLedger(db).ApplyAsync(moves, ct: ct);
            foreach (var location in locations.Values) location.BlockedForPicking = false;
            db.Record(new StockCounted(now, document, moves.Count, moves.Sum(m => m.Quantity), locations.Count));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another stock-take stored the same location or serial since this one looked: the unique
            // indexes let only one in, and this whole file stays out.
            return new StockTakeOutcome.Invalid([new ImportProblem(1, "", "Another stock-take changed these locations or serials meanwhile; nothing was stored, send the file again.")]);
        }
        return new StockTakeOutcome.Imported(document, moves.Count, moves.Sum(m => m.Quantity), locations.Count);
    }
}
