using Microsoft.EntityFrameworkCore;

namespace Warehouse.Core.Data;

/// <summary>
/// Numbers that must never repeat (SSCC serials, tracking numbers). PostgreSQL hands them
/// out from real sequences, which never give a number twice even when a transaction rolls
/// back; SQLite, which has no sequences, counts in a table inside the writer's transaction.
/// </summary>
public static class Serials
{
    public const string Sscc = "sscc";
    public const string Tracking = "tracking";
    public const string Rma = "rma";

    public static async Task<long> NextAsync(WarehouseDb db, string name, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var sql = name switch
            {
                Sscc => "SELECT nextval('serial_sscc') AS \"Value\"",
                Tracking => "SELECT nextval('serial_tracking') AS \"Value\"",
                Rma => "SELECT nextval('serial_rma') AS \"Value\"",
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sequence."),
            };
            var next = await db.Database.SqlQueryRaw<long>(sql).ToListAsync(ct);
            return next[0];
        }
        var rows = await db.Database
            .SqlQueryRaw<long>("UPDATE \"Counters\" SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = {0} RETURNING \"Value\"", name)
            .ToListAsync(ct);
        if (rows.Count == 1) return rows[0];
        throw new InvalidOperationException($"Counter '{name}' is missing: the database was not migrated.");
    }
}

public sealed class Counter
{
    public required string Name { get; set; }
    public long Value { get; set; }
}
