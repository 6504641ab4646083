using System.Globalization;
using Warehouse.Core.Data;

namespace Warehouse.Benchmarks;

/// <summary>Entry point (named so it does not clash with the web app's Program).</summary>
public static class Bench
{
    public static async Task<int> Main(string[] args)
    {
        // dotnet run -c Release --project tests/Warehouse.Benchmarks -- scans [--scans 400] [--seconds 40] [--providers sqlite,postgres]
        // dotnet run -c Release --project tests/Warehouse.Benchmarks -- serial [--scans 300] [--seconds 40]
        // dotnet run -c Release --project tests/Warehouse.Benchmarks -- routing [--lists 1000] [--no-timing]
        // dotnet run -c Release --project tests/Warehouse.Benchmarks -- serial-idle [--ports 6] [--seconds 20]
        if (args.Length == 0 || args[0] is not ("scans" or "serial" or "routing" or "serial-idle"))
        {
            Console.Error.WriteLine("usage: Warehouse.Benchmarks scans|serial [--scans N per station] [--seconds S per run] [--providers sqlite,postgres]");
            Console.Error.WriteLine("       Warehouse.Benchmarks serial-idle [--ports N] [--seconds S each way]");
            Console.Error.WriteLine("       Warehouse.Benchmarks routing [--lists N per floor and size] [--no-timing]");
            return 2;
        }
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        string Option(string name, string fallback) => args.SkipWhile(a => a != $"--{name}").Skip(1).FirstOrDefault() ?? fallback;
        if (args[0] == "routing")
        {
            Console.WriteLine($"# Routing benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            RoutingBench.Run(int.Parse(Option("lists", "1000")), timing: !args.Contains("--no-timing"));
            return 0;
        }
        if (args[0] == "serial-idle")
        {
            Console.WriteLine($"# Idle serial ports {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {RoutingBench.LoadAverage()}");
            await IdleSerialBench.RunAsync(int.Parse(Option("ports", "6")), TimeSpan.FromSeconds(int.Parse(Option("seconds", "20"))));
            return 0;
        }
        var scans = int.Parse(Option("scans", "400"));
        var limit = TimeSpan.FromSeconds(int.Parse(Option("seconds", "40")));
        if (args[0] == "serial")
        {
            Console.WriteLine($"# Serial scan benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            await SerialBench.RunAsync(scans, limit);
            return 0;
        }
        var blockingWaits = args.Contains("--blocking-waits"); // the benchmark's old way of waiting for the hub, for the worst-case explanation
        var writerQueue = !args.Contains("--no-writer-queue"); // scans straight into SQLite's busy handler, for the worst-case explanation
        var providers = Option("providers", "sqlite,postgres").Split(',').Select(p => Enum.Parse<DatabaseProvider>(p, ignoreCase: true));
        const string apiKey = Warehouse.Core.Demo.DemoData.ApiKey;

        Console.WriteLine($"# Scan benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {RoutingBench.LoadAverage()}");
        foreach (var provider in providers)
        {
            await using var host = await BenchHost.StartAsync(provider, writerQueue: writerQueue);
            await using var hub = await HubListener.StartAsync(host.BaseUrl, apiKey);
            var workload = new ScanWorkload(host, hub, apiKey, blockingWaits);

            await workload.RunAsync(["PACK-03"], 30, limit); // warm-up: JIT, pools, query plans
            var health = await Baselines.HealthCheckAsync(host, 500);
            var insert = await Baselines.InsertCommitAsync(host, 500);
            var one = await workload.RunAsync(["PACK-01"], scans, limit);
            var three = await workload.RunAsync(["PACK-01", "PACK-02", "PACK-03"], scans, limit);

            Console.WriteLine();
            Console.WriteLine($"## {provider}{(blockingWaits ? " (blocking hub waits)" : "")}{(writerQueue ? "" : " (no writer queue)")}");
            Console.WriteLine();
            Console.WriteLine("| run | scans | scans/s | API → committed answer p50 / p99 / p99.9 / max (ms) | API → hub message p50 / p99 / p99.9 / max (ms) |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (name, r) in new[] { ("1 station", one), ("3 stations at once", three) })
                Console.WriteLine($"| {name} | {r.Scans} | {r.ScansPerSecond:0} | {r.ToCommit.P50:0.00} / {r.ToCommit.P99:0.00} / {r.ToCommit.P999:0.00} / {r.ToCommit.Max:0.00} | {r.ToHub.P50:0.00} / {r.ToHub.P99:0.00} / {r.ToHub.P999:0.00} / {r.ToHub.Max:0.00} |");
            Console.WriteLine();
            Console.WriteLine($"Slowest answers, 3 stations: {string.Join("; ", three.Slowest)}");
            Console.WriteLine();
            Console.WriteLine($"Baselines: GET /healthz {health}; INSERT+COMMIT {insert}.");
            Console.WriteLine($"Ratios (1 station, p50): a scan answer = {one.ToCommit.P50 / health.P50:0.0}× a health check = {one.ToCommit.P50 / insert.P50:0.0}× a bare insert+commit; " +
                              $"hub message = {one.ToHub.P50 / one.ToCommit.P50:0.00}× the scan answer.");
        }
        return 0;
    }
}
