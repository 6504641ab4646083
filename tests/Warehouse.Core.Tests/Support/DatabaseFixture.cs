using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Warehouse.Core.Data;

namespace Warehouse.Core.Tests.Support;

/// <summary>
/// Fresh migrated databases (PostgreSQL or SQLite files) for each test that asks, copied from
/// templates migrated once per test run (<see cref="TemplateDatabases"/>) on one PostgreSQL server.
/// A database test class takes it as <c>IClassFixture&lt;DatabaseFixture&gt;</c>: every test has a
/// database of its own, so the classes run in parallel.
/// </summary>
public sealed class DatabaseFixture
{
    // Static: every class has its own fixture, and all of them share the run's server and templates.
    private static readonly TemplateDatabases Templates = new();

    /// <param name="migrateTo">A migration's name to stop at (to test the ones after it); the newest when null.</param>
    public async Task<DatabaseOptions> NewDatabaseAsync(DatabaseProvider provider, string? migrateTo = null)
    {
        if (migrateTo is null) return await Templates.MigratedAsync(provider);

        var options = await Templates.EmptyAsync(provider);
        await using var db = new WarehouseDbFactory(options).CreateDbContext();
        await db.GetService<IMigrator>().MigrateAsync(migrateTo);
        return options;
    }
}

/// <summary>
/// Database tests that must not share the machine with other tests: they race threads against
/// SQLite's busy handler on the clock (<c>SqliteWriters_TakeTurns</c>). xUnit runs this collection
/// after the parallel ones, alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
