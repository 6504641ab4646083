using Xunit;

namespace Warehouse.Testing;

/// <summary>
/// One PostgreSQL server for a test class (<c>IClassFixture&lt;PostgresFixture&gt;</c>) or a
/// collection (<c>ICollectionFixture&lt;PostgresFixture&gt;</c>). Give each test its own
/// database with <c>Server.CreateDatabaseAsync()</c>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? server;

    public PostgresServer Server =>
        server ?? throw new InvalidOperationException("The PostgreSQL fixture has not been initialised by xUnit yet.");

    public async Task InitializeAsync() => server = await PostgresServer.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync().ConfigureAwait(false);
    }
}
