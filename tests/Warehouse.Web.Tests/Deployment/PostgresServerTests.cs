using Npgsql;
using Warehouse.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Warehouse.Web.Tests.Deployment;

/// <summary>The test PostgreSQL server every data test stands on.</summary>
public sealed class PostgresServerTests(PostgresFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_started_server_answers_queries_on_its_port()
    {
        await using var connection = new NpgsqlConnection(fixture.Server.ConnectionString());
        await connection.OpenAsync();
        output.WriteLine($"{fixture.Server} started in {fixture.Server.StartupTime.TotalMilliseconds:F0} ms");

        Assert.Equal(fixture.Server.Port, connection.Port);
        Assert.Equal("off", await ScalarAsync<string>(connection, "SHOW fsync"));
        Assert.StartsWith("PostgreSQL", await ScalarAsync<string>(connection, "SELECT version()"));
    }

    [Fact]
    public async Task Created_databases_are_empty_and_separate()
    {
        var first = await fixture.Server.CreateDatabaseAsync();
        var second = await fixture.Server.CreateDatabaseAsync("warehouse_second_" + Guid.NewGuid().ToString("N")[..8]);

        await using (var connection = new NpgsqlConnection(first))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "CREATE TABLE tote (code text primary key); INSERT INTO tote VALUES ('T-001')");
            Assert.Equal(1L, await ScalarAsync<long>(connection, "SELECT count(*) FROM tote"));
        }
        await using (var connection = new NpgsqlConnection(second))
        {
            await connection.OpenAsync();
            Assert.Equal(0L, await ScalarAsync<long>(
                connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
            Assert.Equal(connection.Database, await ScalarAsync<string>(connection, "SELECT current_database()"));
        }
    }

    [Fact]
    public async Task A_database_name_that_is_not_plain_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Server.CreateDatabaseAsync("x\"; DROP DATABASE postgres; --"));
    }

    [Fact]
    public async Task A_notification_reaches_a_listener_on_another_connection()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        await using var listener = new NpgsqlConnection(database);
        await using var sender = new NpgsqlConnection(database);
        await listener.OpenAsync();
        await sender.OpenAsync();
        var received = new TaskCompletionSource<NpgsqlNotificationEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        listener.Notification += (_, e) => received.TrySetResult(e);
        await ExecuteAsync(listener, "LISTEN floor_events");

        await ExecuteAsync(sender, "SELECT pg_notify('floor_events', 'PACK-01 packed 1001')");

        using var timeout = new CancellationTokenSource(Patience);
        while (!received.Task.IsCompleted)
            await listener.WaitAsync(timeout.Token);
        var notification = await received.Task;
        Assert.Equal("floor_events", notification.Channel);
        Assert.Equal("PACK-01 packed 1001", notification.Payload);
    }

    [Fact]
    public async Task Two_servers_run_side_by_side_and_disposing_one_removes_its_folder()
    {
        var other = await PostgresServer.StartAsync();
        var folder = other.RootDirectory;
        var connectionString = other.ConnectionString();
        try
        {
            Assert.NotEqual(fixture.Server.Port, other.Port);
            Assert.NotEqual(fixture.Server.RootDirectory, folder);
            Assert.StartsWith("/tmp/warehouse-pg-", folder);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            Assert.Equal(1, await ScalarAsync<int>(connection, "SELECT 1"));
        }
        finally
        {
            await other.DisposeAsync();
        }

        Assert.False(Directory.Exists(folder), $"{folder} is still there after dispose");
        await using var afterwards = new NpgsqlConnection(connectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => afterwards.OpenAsync());
        // The fixture's own server is untouched.
        await using var survivor = new NpgsqlConnection(fixture.Server.ConnectionString());
        await survivor.OpenAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
