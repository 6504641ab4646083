using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Demo;

namespace Warehouse.Testing.Demo;

/// <summary>
/// The demo warehouse as a SQLite file, migrated and seeded once and copied into each test app's data
/// folder before it starts (the app then finds every migration applied and the demo seeded). Without it
/// every web test class and every end-to-end class migrated an empty database and seeded 130 orders at
/// its start: the same work some eighty times a run, on a CPU the whole suite shares. A copy comes from a
/// template at most <see cref="MaxAge"/> old, so the demo's times (orders due today, cut-offs) are about
/// as near the test as when the app seeded itself. The app's own start from an empty folder stays tested
/// where a test starts it as a process (FirstStart, ComposeApp, AppProcess).
/// </summary>
internal static class DemoWarehouseFile
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (string Folder, DateTime MadeUtc)? _template;

    static DemoWarehouseFile() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(_template?.Folder);

    /// <summary>Puts the demo warehouse.db into <paramref name="dataFolder"/>, the app's Storage:DataFolder.</summary>
    public static async Task CopyToAsync(string dataFolder)
    {
        await Gate.WaitAsync();
        try
        {
            if (_template is not { } template || DateTime.UtcNow - template.MadeUtc >= MaxAge)
            {
                var old = _template?.Folder;
                _template = template = (await MakeAsync(), DateTime.UtcNow);
                Remove(old);
            }
            File.Copy(Path.Combine(template.Folder, "template.db"), Path.Combine(dataFolder, "warehouse.db"));
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> MakeAsync()
    {
        var folder = Directory.CreateTempSubdirectory("warehouse-demo-template-").FullName;
        var connection = WarehouseDbFactory.SqliteIn(folder);
        var dbs = new WarehouseDbFactory(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connection });
        await using (var db = dbs.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await DemoData.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
            // One self-contained file: nothing left in a write-ahead log beside it.
            var file = Path.Combine(folder, "template.db");
            var vacuum = "VACUUM INTO '" + file.Replace("'", "''", StringComparison.Ordinal) + "'";
            await db.Database.ExecuteSqlRawAsync(vacuum);
        }
        SqliteConnection.ClearPool(new SqliteConnection(connection));
        // VACUUM INTO writes a rollback-journal file; the app's databases are in WAL mode, which EF's
        // read-only "does it exist" connection could not switch to.
        await using (var template = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "template.db"), Pooling = false }.ToString()))
        {
            await template.OpenAsync();
            await using var wal = template.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync();
        }
        return folder;
    }

    private static void Remove(string? folder)
    {
        if (folder is null) return;
        try { Directory.Delete(folder, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
