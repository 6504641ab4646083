using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Testing;

namespace Warehouse.Core.Tests.Support;

/// <summary>
/// The one PostgreSQL server of the test run and, per provider, one database migrated from empty
/// that every test's new database is copied from. Running all migrations takes seconds a database;
/// a copy takes milliseconds (PostgreSQL: CREATE DATABASE … TEMPLATE; SQLite: the file). The
/// templates are migrated from empty on every run, so the migrations still run on both databases.
/// </summary>
internal sealed class TemplateDatabases
{
    private const string PostgresTemplate = "warehouse_template";

    private readonly string _root = RunFolders.Create("warehouse-test-");
    private readonly Lazy<Task<PostgresServer>> _postgres = new(() => PostgresServer.StartAsync());
    private readonly Lazy<Task<string>> _postgresTemplate;
    private readonly Lazy<Task<string>> _sqliteTemplate;

    public TemplateDatabases()
    {
        _postgresTemplate = new(MigratePostgresTemplateAsync);
        _sqliteTemplate = new(MigrateSqliteTemplateAsync);
        // The test classes share this for the whole run, and xUnit 2 has no end-of-assembly hook.
        // Exit handlers may not get to run (the runner ends the test host): the server is then stopped by
        // tests/run-all.sh or the next run's PostgresServer.StartAsync, which stop strays.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteSqliteFiles();
    }

    /// <summary>A new database with every migration applied, of its own.</summary>
    public async Task<DatabaseOptions> MigratedAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var template = await _postgresTemplate.Value;
            var server = await _postgres.Value;
            return Postgres(await server.CreateDatabaseAsync(name: null, template));
        }
        var file = await _sqliteTemplate.Value;
        var folder = NewSqliteFolder();
        File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return Sqlite(folder);
    }

    /// <summary>A new empty database, for a test that migrates it itself.</summary>
    public async Task<DatabaseOptions> EmptyAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres
            ? Postgres(await (await _postgres.Value).CreateDatabaseAsync())
            : Sqlite(NewSqliteFolder());

    private async Task<string> MigratePostgresTemplateAsync()
    {
        var server = await _postgres.Value;
        var options = Postgres(await server.CreateDatabaseAsync(PostgresTemplate));
        await MigrateAsync(options);
        // PostgreSQL copies a database only while nobody is connected to it.
        server.ClearPool(PostgresTemplate);
        return PostgresTemplate;
    }

    private async Task<string> MigrateSqliteTemplateAsync()
    {
        var options = Sqlite(NewSqliteFolder());
        await MigrateAsync(options);
        // Closing the last connection checkpoints the WAL into the file and deletes it: the file alone is the database.
        using (var connection = new SqliteConnection(options.ConnectionString)) SqliteConnection.ClearPool(connection);
        var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (File.Exists(file + "-wal"))
            throw new InvalidOperationException($"The SQLite template {file} still has a write-ahead log: something holds it open, and a copy of the file alone would miss changes.");
        return file;
    }

    private static async Task MigrateAsync(DatabaseOptions options)
    {
        await using var db = new WarehouseDbFactory(options).CreateDbContext();
        await db.Database.MigrateAsync();
    }

    private string NewSqliteFolder() => Directory.CreateDirectory(Path.Combine(_root, Guid.NewGuid().ToString("N"))).FullName;

    private static DatabaseOptions Postgres(string connectionString) =>
        new() { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString };

    private static DatabaseOptions Sqlite(string folder) =>
        new() { Provider = DatabaseProvider.Sqlite, ConnectionString = WarehouseDbFactory.SqliteIn(folder) };

    /// <summary>
    /// This run's folder of SQLite files, named after the test host's process. The exit handler does not get to
    /// run when the runner ends the host, and each run left ~500 MB behind; so a run first deletes the folders of
    /// runs whose process is gone, as the PostgreSQL servers of such runs are stopped.
    /// </summary>
    private void DeleteSqliteFiles()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
