using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Data;

/// <summary>Makes the provider's own <see cref="WarehouseDb"/>; the provider is configuration, not code.</summary>
public sealed class WarehouseDbFactory : IDbContextFactory<WarehouseDb>
{
    private readonly Func<WarehouseDb> _create;

    public WarehouseDbFactory(DatabaseOptions options)
    {
        var connectionString = options.ConnectionString
            ?? throw new InvalidOperationException("Database:ConnectionString is not set.");
        Provider = options.Provider;
        Writers = new WriterQueue(options.Provider);
        var factOrder = new FactOrder(Bell);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteWarehouseDb>()
                    .UseSqlite(connectionString, o => o.MigrationsHistoryTable("__migrations"))
                    .AddInterceptors(new SqlitePragmas(), factOrder)
                    .Options;
                _create = () => new SqliteWarehouseDb(sqlite);
                break;
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresWarehouseDb>()
                    .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__migrations"))
                    .AddInterceptors(factOrder)
                    .Options;
                _create = () => new PostgresWarehouseDb(postgres);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Where this process's scan transactions wait their turn to write (SQLite's one writer).</summary>
    public WriterQueue Writers { get; }

    /// <summary>Rung after every commit that wrote facts through a context of this factory.</summary>
    public FactBell Bell { get; } = new();

    public WarehouseDb CreateDbContext() => _create();

    /// <summary>The default SQLite connection string for a data folder.</summary>
    public static string SqliteIn(string dataFolder) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "warehouse.db"), Pooling = true }.ToString();
}
