using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Catalog.Import;

public abstract record SkuImportOutcome
{
    public sealed record Imported(int Created, int Updated, int Unchanged) : SkuImportOutcome;
    public sealed record Invalid(IReadOnlyList<CatalogProblem> Problems) : SkuImportOutcome;
}

/// <summary>
/// Creates or updates SKUs by their code, all in one transaction: a file is imported whole or not at
/// all, so a half-imported catalog never meets a packer, and sending the same file again changes
/// nothing (an upsert). The rows go in batches, reporting progress after each.
/// </summary>
public sealed class SkuImport(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    private const int Batch = 500;

    public async Task<SkuImportOutcome> ImportAsync(IReadOnlyList<SkuRow> rows, string source, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (rows.Count == 0) return new SkuImportOutcome.Invalid([new(1, "", CatalogCodes.NothingToImport)]);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            return await ImportInAsync(db, tx, rows, source, progress, ct);
        }
        catch (DbUpdateException)
        {
            // Another import stored one of these codes or GTINs since this one looked: the unique indexes let one in.
            return new SkuImportOutcome.Invalid([new(1, "", CatalogCodes.ImportRaced)]);
        }
    }

    private async Task<SkuImportOutcome> ImportInAsync(WarehouseDb db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, IReadOnlyList<SkuRow> rows, string source, IProgress<int>? progress, CancellationToken ct)
    {
        var codesInFile = rows.Select(r => r.Sku.Code).ToHashSet(StringComparer.Ordinal);
        int created = 0, updated = 0, done = 0;
        var problems = new List<CatalogProblem>();
        foreach (var chunk in rows.Chunk(Batch))
        {
            var codes = chunk.Select(r => r.Sku.Code).ToList();
            var gtins = chunk.Where(r => r.Sku.Gtin is not null).Select(r => r.Sku.Gtin).ToList();
            var existing = await db.Skus.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
            var gtinOwners = await db.Skus.Where(s => gtins.Contains(s.Gtin)).Select(s => new { s.Gtin, s.Code }).ToListAsync(ct);
            foreach (var row in chunk)
            {
                if (gtinOwners.FirstOrDefault(o => o.Gtin == row.Sku.Gtin && o.Code != row.Sku.Code) is { } owner
                    && !codesInFile.Contains(owner.Code)) // a file may move a GTIN from one of its SKUs to another
                {
                    problems.Add(new(row.Line, "gtin", CatalogCodes.GtinTaken, owner.Code));
                    continue;
                }
                if (existing.TryGetValue(row.Sku.Code, out var sku))
                {
                    if (row.Sku.ApplyTo(sku)) updated++;
                }
                else
                {
                    db.Skus.Add(row.Sku.ToSku());
                    created++;
                }
            }
            if (problems.Count > 0) continue; // checked to the end, so one answer lists every problem
            await db.SaveChangesAsync(ct);
            done += chunk.Length;
            progress?.Report(done);
        }
        if (problems.Count > 0) return new SkuImportOutcome.Invalid(problems);
        if (created + updated > 0) db.Record(new CatalogImported(clock.UtcNow, source, created, updated));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new SkuImportOutcome.Imported(created, updated, rows.Count - created - updated);
    }
}
