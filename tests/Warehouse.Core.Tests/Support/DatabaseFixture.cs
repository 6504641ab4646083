using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Warehouse.Core.Data;
using Warehouse.Testing;

namespace Warehouse.Core.Tests.Support;

/// <summary>
/// One real PostgreSQL server for the whole test assembly, and fresh migrated databases
/// (PostgreSQL or SQLite files) for each test that asks.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;
    private readonly List<string> _folders = [];

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartAsync();

    /// <param name="migrateTo">A migration's name to stop at (to test the ones after it); the newest when null.</param>
    public async Task<DatabaseOptions> NewDatabaseAsync(DatabaseProvider provider, string? migrateTo = null)
    {
        DatabaseOptions options;
        if (provider == DatabaseProvider.Postgres)
        {
            options = new DatabaseOptions { Provider = provider, ConnectionString = await _postgres!.CreateDatabaseAsync() };
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("warehouse-test-").FullName;
            lock (_folders) _folders.Add(folder);
            options = new DatabaseOptions { Provider = provider, ConnectionString = WarehouseDbFactory.SqliteIn(folder) };
        }
        await using var db = new WarehouseDbFactory(options).CreateDbContext();
        if (migrateTo is null) await db.Database.MigrateAsync();
        else await db.GetService<IMigrator>().MigrateAsync(migrateTo);
        return options;
    }

    public async Task DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
