using Warehouse.Core.Data;

namespace Warehouse.Core.Tests.Support;

/// <summary>The database providers every data test runs against.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> Both => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };
}
