using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Warehouse.Core.Data;

namespace Warehouse.Core.Floor.Outbox;

/// <summary>
/// Keeps outbox sequence numbers in commit order. PostgreSQL hands out identity values at insert,
/// not at commit, so two writers could commit 11 before 10 and a relay reading "after 9" would see
/// 11, move on and never deliver 10. Each transaction that writes facts therefore takes one advisory
/// lock just before its facts are inserted and keeps it until it commits: a hole left behind is a
/// rolled-back write, never one still coming. SQLite has one writer at a time, which is the same lock.
/// After the commit it rings the relay's bell.
/// </summary>
internal sealed class FactOrder(FactBell bell) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Any number, the same in every instance: the lock's name.</summary>
    private const long OutboxLock = 0x5741_5245_484F_5553; // "WAREHOUS"

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is WarehouseDb db && WritesFacts(db)) await SerialiseAsync(db, ct);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is WarehouseDb db && WritesFacts(db)) Serialise(db);
        return result;
    }

    private static bool WritesFacts(WarehouseDb db) =>
        db.ChangeTracker.Entries<OutboxFact>().Any(e => e.State == EntityState.Added);

    private static async Task SerialiseAsync(WarehouseDb db, CancellationToken ct)
    {
        RequireTransaction(db);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(LockSql, ct);
        db.SavedFacts = true;
    }

    private static void Serialise(WarehouseDb db)
    {
        RequireTransaction(db);
        if (db.Database.IsNpgsql()) db.Database.ExecuteSqlRaw(LockSql);
        db.SavedFacts = true;
    }

    private static readonly string LockSql = $"SELECT pg_advisory_xact_lock({OutboxLock})";

    private static void RequireTransaction(WarehouseDb db)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Facts are written inside an explicit transaction, so that they commit with the change that caused them and in commit order.");
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ring(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Ring(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Ring(DbContext? context)
    {
        if (context is not WarehouseDb { SavedFacts: true } db) return;
        db.SavedFacts = false;
        bell.Ring();
    }

    private static void Forget(DbContext? context)
    {
        if (context is WarehouseDb db) db.SavedFacts = false;
    }
}
