using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Data;

namespace Warehouse.Benchmarks;

/// <summary>What a scan is compared with, measured in the same run on the same host and database.</summary>
public static class Baselines
{
    /// <summary>GET /healthz on the same Kestrel: the cost of an HTTP round trip with no work behind it.</summary>
    public static async Task<Latencies> HealthCheckAsync(BenchHost host, int count)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var latencies = new Latencies();
        for (var i = 0; i < count; i++)
        {
            var tick = Stopwatch.GetTimestamp();
            (await http.GetAsync("/healthz")).EnsureSuccessStatusCode();
            latencies.Add(Stopwatch.GetElapsedTime(tick).TotalMilliseconds);
        }
        return latencies;
    }

    /// <summary>One row inserted and committed on the app's own database: the floor under any durable write.</summary>
    public static async Task<Latencies> InsertCommitAsync(BenchHost host, int count)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WarehouseDb>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS bench_baseline (id integer)";
            await create.ExecuteNonQueryAsync();
        }
        var latencies = new Latencies();
        for (var i = 0; i < count; i++)
        {
            var tick = Stopwatch.GetTimestamp();
            await using var tx = await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO bench_baseline (id) VALUES ({i})";
            await insert.ExecuteNonQueryAsync();
            await tx.CommitAsync();
            latencies.Add(Stopwatch.GetElapsedTime(tick).TotalMilliseconds);
        }
        return latencies;
    }
}
