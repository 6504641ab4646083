namespace Warehouse.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database the warehouse keeps its data in ("Database" configuration section).</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite the default is a file in the app's data folder.</summary>
    public string? ConnectionString { get; set; }
}
