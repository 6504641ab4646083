using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;

namespace Warehouse.Benchmarks;

/// <summary>
/// Packers at work, through the HTTP scan API: sign in, open an order, scan every unit by EAN,
/// close it (CMD:CANCEL puts it back), next order. One sequential scanner per station.
/// </summary>
public sealed class ScanWorkload(BenchHost host, HubListener hub, string apiKey, bool blockingWaits = false)
{
    public sealed record Result(int Scans, TimeSpan Elapsed, Latencies ToCommit, Latencies ToHub, IReadOnlyList<SlowScan> Slowest)
    {
        public double ScansPerSecond => Scans / Elapsed.TotalSeconds;
    }

    /// <summary>
    /// What the process was doing during one slow scan: thread-pool threads before and after (a jump
    /// is the pool injecting threads because all it had were blocked), work items queued, and
    /// garbage collection pause within the scan.
    /// </summary>
    public sealed record SlowScan(double Ms, int PoolThreadsBefore, int PoolThreadsAfter, long QueuedBefore, double GcPauseMs)
    {
        public override string ToString() =>
            $"{Ms:0.0} ms (pool threads {PoolThreadsBefore}→{PoolThreadsAfter}, queued {QueuedBefore}, GC pause {GcPauseMs:0.0} ms)";
    }

    public async Task<Result> RunAsync(string[] stations, int scansPerStation, TimeSpan limit)
    {
        var orders = await OrdersAsync(host);
        var toCommit = new Latencies();
        var toHub = new Latencies();
        var slow = new List<SlowScan>();
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(stations.Select((station, i) =>
            StationAsync(station, $"B-100{i + 1}", orders.Where((_, k) => k % stations.Length == i).ToList(), scansPerStation, limit, toCommit, toHub, slow)));
        return new Result(counts.Sum(), clock.Elapsed, toCommit, toHub, [.. slow.OrderByDescending(s => s.Ms).Take(5)]);
    }

    private async Task<int> StationAsync(string station, string badge, List<List<string>> orders, int max, TimeSpan limit,
        Latencies toCommit, Latencies toHub, List<SlowScan> slow)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var started = Stopwatch.StartNew();
        var scans = 0;

        async Task ScanAsync(string code)
        {
            var sentAt = UnixMs();
            var (threads, queued, paused) = (ThreadPool.ThreadCount, ThreadPool.PendingWorkItemCount, GC.GetTotalPauseDuration());
            var tick = Stopwatch.GetTimestamp();
            var response = await http.PostAsJsonAsync($"/api/stations/{station}/scans", new { id = Guid.NewGuid().ToString("N"), code });
            response.EnsureSuccessStatusCode();
            var ms = Stopwatch.GetElapsedTime(tick).TotalMilliseconds;
            toCommit.Add(ms);
            if (ms > 50) lock (slow) slow.Add(new SlowScan(ms, threads, ThreadPool.ThreadCount, queued, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds));
            var arrived = blockingWaits
                ? hub.NextArrivalBlocking(station, TimeSpan.FromSeconds(5))
                : await hub.NextArrivalAsync(station, TimeSpan.FromSeconds(5));
            if (!double.IsNaN(arrived)) toHub.Add(arrived - sentAt);
            scans++;
        }

        foreach (var code in Script(badge, orders))
        {
            if (scans >= max || started.Elapsed > limit) break;
            await ScanAsync(code);
        }
        return scans;
    }

    /// <summary>What a packer scans: the badge, then order after order (number, every unit's EAN, the closing command).</summary>
    public static IEnumerable<string> Script(string badge, List<List<string>> orders) => orders.Cycle().SelectMany(o => o).Prepend(badge); // endless: callers stop

    /// <summary>For each ready order packed from the shelf (Allegro is picked first): its number, each unit's EAN, then the command that closes it.</summary>
    public static async Task<List<List<string>>> OrdersAsync(BenchHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WarehouseDb>>().CreateDbContextAsync();
        var orders = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Ready && o.Channel == SalesChannel.OwnShop)
            .Include(o => o.Lines).ThenInclude(l => l.Sku).OrderBy(o => o.Id).ToListAsync();
        return orders.Select(o => (List<string>)
            [o.Number, .. o.Lines.SelectMany(l => Enumerable.Repeat(l.Sku.Gtin![1..], l.Quantity)), "CMD:CANCEL"]).ToList();
    }

    public static double UnixMs() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
}

internal static class Cycling
{
    public static IEnumerable<T> Cycle<T>(this IReadOnlyList<T> items)
    {
        while (items.Count > 0)
            foreach (var item in items) yield return item;
    }
}
