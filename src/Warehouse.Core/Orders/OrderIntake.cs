using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Orders;

public abstract record ImportOutcome
{
    public sealed record Created(Order Order) : ImportOutcome;
    public sealed record Duplicate(string Number) : ImportOutcome;
    /// <summary>Another order's number differs from this one only in letter case.</summary>
    public sealed record CaseTwin(string Number, string Existing) : ImportOutcome;
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Problems) : ImportOutcome;
}

/// <summary>Takes orders from the shop: every problem is listed at once, and nothing is stored unless all is right.</summary>
public sealed class OrderIntake(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<ImportOutcome> ImportAsync(ImportedOrder input, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var check = new OrderCheck(input, now);
        check.Run();
        var skuCodes = check.SkuCodes;
        var skus = await db.Skus.Where(s => skuCodes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        check.MatchSkus(skus);
        if (check.Problems.Count > 0) return new ImportOutcome.Invalid(check.ProblemList());

        var number = input.Number!.Trim();
        if (await db.Orders.AnyAsync(o => o.Number == number, ct)) return new ImportOutcome.Duplicate(number);
        // People read "DEMO-1" and "demo-1" aloud as one order, and a scanner in the wrong case mode makes one from the other.
        var upper = number.ToUpperInvariant();
        if (await db.Orders.Where(o => o.Number.ToUpper() == upper).Select(o => o.Number).FirstOrDefaultAsync(ct) is { } twin)
            return new ImportOutcome.CaseTwin(number, twin);

        var order = check.ToOrder(skus, now);
        db.Orders.Add(order);
        db.AuditEvents.Add(new AuditEvent { Kind = "order.imported", AtUtc = now, OrderNumber = number });
        db.Record(new OrderImported(now, number));
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await OtherImportWonAsync(number, ct)) return new ImportOutcome.Duplicate(number);
            throw;
        }
        return new ImportOutcome.Created(order);
    }

    // Two imports of one number at the same moment: the unique index lets one in.
    private async Task<bool> OtherImportWonAsync(string number, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Orders.AnyAsync(o => o.Number == number, ct);
    }
}
