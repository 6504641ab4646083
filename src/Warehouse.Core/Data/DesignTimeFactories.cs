using Microsoft.EntityFrameworkCore.Design;

namespace Warehouse.Core.Data;

// Used by `dotnet ef migrations add` only; one per provider so each keeps its own migrations.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWarehouseDb>
{
    public SqliteWarehouseDb CreateDbContext(string[] args) =>
        (SqliteWarehouseDb)new WarehouseDbFactory(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design.db" }).CreateDbContext();
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWarehouseDb>
{
    public PostgresWarehouseDb CreateDbContext(string[] args) =>
        (PostgresWarehouseDb)new WarehouseDbFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=design" }).CreateDbContext();
}
