using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Data;

/// <summary>
/// Why three stations once waited 1.5 s for a scan on SQLite, and why they no longer do. SQLite
/// lets one writer in; the others sleep in its busy handler in growing steps (…, 50, 50, 100 ms)
/// and look again only when a step ends, so a writer that came later and happens to look first
/// takes the lock — again and again under load. The app's scan transactions therefore queue in
/// process (<see cref="WriterQueue"/>), first come, first served.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SqliteWriters_TakeTurns(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_writer_asleep_in_the_busy_handler_is_overtaken_by_one_that_came_later()
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(DatabaseProvider.Sqlite));

        var order = await RaceAsync(dbs, queue: null);

        // B had waited 400 ms, but slept in 100 ms steps; D, who came as A let go, went first.
        Assert.Equal(["A", "D", "B"], order);
    }

    [Fact]
    public async Task Through_the_writer_queue_the_writer_that_came_first_writes_first()
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(DatabaseProvider.Sqlite));

        var order = await RaceAsync(dbs, dbs.Writers);

        Assert.Equal(["A", "B", "D"], order);
    }

    [Fact]
    public async Task On_PostgreSQL_the_queue_holds_nobody_back()
    {
        var queue = new WriterQueue(DatabaseProvider.Postgres);

        using var first = await queue.EnterAsync(CancellationToken.None);
        var second = queue.EnterAsync(CancellationToken.None);

        Assert.True(second.IsCompleted);
        (await second).Dispose();
    }

    [Fact]
    public async Task A_turn_given_back_twice_lets_only_one_writer_in()
    {
        var queue = new WriterQueue(DatabaseProvider.Sqlite);
        var turn = await queue.EnterAsync(CancellationToken.None);
        turn.Dispose();
        turn.Dispose();

        using var next = await queue.EnterAsync(CancellationToken.None);
        var after = queue.EnterAsync(CancellationToken.None).AsTask();

        Assert.False(after.IsCompleted);
        next.Dispose();
        (await after.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    /// <summary>
    /// A (another process, say) holds SQLite's write lock for 400 ms; B starts waiting for it at
    /// once. D comes the moment A lets go. Returns who got the lock in which order.
    /// </summary>
    private static async Task<List<string>> RaceAsync(WarehouseDbFactory dbs, WriterQueue? queue)
    {
        var order = new List<string>();
        await using var a = await OpenAsync(dbs);
        await using var d = await OpenAsync(dbs);
        Begin(a, "A", order);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var b = WriterAsync(dbs, queue, "B", order);
        await Until(400, clock); // by now B sleeps in the busy handler's 100 ms steps
        Commit(a);
        using (queue is null ? null : await queue.EnterAsync(CancellationToken.None))
        {
            Begin(d, "D", order);
            Thread.Sleep(50);
            Commit(d);
        }
        await b.WaitAsync(TimeSpan.FromSeconds(20));
        return order;
    }

    private static async Task WriterAsync(WarehouseDbFactory dbs, WriterQueue? queue, string name, List<string> order)
    {
        using var turn = queue is null ? null : await queue.EnterAsync(CancellationToken.None);
        await using var connection = await OpenAsync(dbs);
        // Microsoft.Data.Sqlite is synchronous: the wait happens on this thread, in SQLite's busy handler.
        await Task.Factory.StartNew(() =>
        {
            Begin(connection, name, order);
            Thread.Sleep(50);
            Commit(connection);
        }, TaskCreationOptions.LongRunning);
    }

    private static Task Until(int ms, System.Diagnostics.Stopwatch clock) =>
        Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, ms - clock.Elapsed.TotalMilliseconds)));

    private static async Task<DbConnection> OpenAsync(WarehouseDbFactory dbs)
    {
        // The app's own connection: WAL, busy_timeout and the rest set by its interceptor on open.
        var db = dbs.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        return db.Database.GetDbConnection();
    }

    private static void Begin(DbConnection connection, string name, List<string> order)
    {
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        begin.ExecuteNonQuery();
        lock (order) order.Add(name);
    }

    private static void Commit(DbConnection connection)
    {
        using var commit = connection.CreateCommand();
        commit.CommandText = "COMMIT";
        commit.ExecuteNonQuery();
    }
}
