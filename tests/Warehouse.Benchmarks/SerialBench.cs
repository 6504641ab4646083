using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Warehouse.Core.Data;
using Warehouse.Core.Staff;
using Warehouse.Devices.Scanners;
using Warehouse.DeviceSimulators.Scanners;
using Warehouse.StationAgent;
using Warehouse.StationAgent.Devices;
using Warehouse.StationAgent.Link;
using Warehouse.Core.Stations;

namespace Warehouse.Benchmarks;

/// <summary>
/// Scan latency from the serial line to what a station page hears, by the two ways a scanner reaches
/// the server: read by the app itself (local mode, PACK-01) and through a station agent's gRPC stream
/// (PACK-02). Baselines in the same run: the pseudo-terminal and scanner driver alone, and the same
/// script through the HTTP API.
/// </summary>
public static class SerialBench
{
    // 9600 baud, 8N1: ten bits a byte.
    private const double WireMsPerByte = 10 * 1000.0 / 9600;

    public static async Task RunAsync(int scans, TimeSpan limit)
    {
        using var localScanner = new ScannerSimulator();
        using var agentScanner = new ScannerSimulator();
        await using var host = await BenchHost.StartAsync(DatabaseProvider.Sqlite,
            new Dictionary<string, string> { ["LocalDevices:Stations:PACK-01:ScannerPath"] = localScanner.Path });
        var secret = await AgentStationAsync(host, "PACK-02", agentScanner.Path);
        await using var hub = await HubListener.StartAsync(host.BaseUrl, Warehouse.Core.Demo.DemoData.ApiKey);
        using var agent = await StartAgentAsync(host, "PACK-02", secret);
        var serial = new SerialWorkload(host, hub);

        await serial.RunAsync("PACK-01", "B-1001", localScanner, 30, limit); // warm-up
        await serial.RunAsync("PACK-02", "B-1002", agentScanner, 30, limit);
        var driver = await DriverAloneAsync(scans);
        var api = (await new ScanWorkload(host, hub, Warehouse.Core.Demo.DemoData.ApiKey).RunAsync(["PACK-03"], scans, limit)).ToHub;
        var local = await serial.RunAsync("PACK-01", "B-1001", localScanner, scans, limit);
        var viaAgent = await serial.RunAsync("PACK-02", "B-1002", agentScanner, scans, limit);

        var eanLine = 13 + 1; // EAN-13 and its CR suffix
        var wire = eanLine * WireMsPerByte;
        Console.WriteLine();
        Console.WriteLine("## Serial scanner → station page (SQLite)");
        Console.WriteLine();
        Console.WriteLine("| path | scans | p50 / p99 / max (ms) | p50 ÷ driver alone | p50 ÷ API → hub |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, l) in new[] { ("pty + scanner driver alone (baseline)", driver), ("HTTP API → hub (baseline)", api), ("serial → app (local mode) → hub", local), ("serial → agent → gRPC → app → hub", viaAgent) })
            Console.WriteLine($"| {name} | {l.Count} | {l.P50:0.00} / {l.P99:0.00} / {l.Max:0.00} | {l.P50 / driver.P50:0.0}× | {l.P50 / api.P50:0.00}× |");
        Console.WriteLine();
        Console.WriteLine($"A real 9600-baud line adds {wire:0.0} ms for a {eanLine}-byte EAN-13 line (the pty adds none): " +
                          $"with it, serial → agent → page is about {viaAgent.P50 + wire:0.0} ms at p50, of which the wire is {wire / (viaAgent.P50 + wire):P0}.");
        await agent.StopAsync();
    }

    /// <summary>Sets the station up for an agent, as the admin's device page does, and returns its secret.</summary>
    private static async Task<string> AgentStationAsync(BenchHost host, string station, string scannerPath)
    {
        var setup = host.Services.GetRequiredService<StationDeviceSetup>();
        var problems = await setup.SaveAsync(station, new StationDeviceSet { Connection = DeviceConnection.Agent, ScannerPath = scannerPath }, adminId: 0);
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("; ", problems.Values));
        return (await setup.IssueAgentSecretAsync(station, adminId: 0))!;
    }

    private static async Task<IHost> StartAgentAsync(BenchHost host, string station, string secret)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agent:StationCode"] = station,
            ["Agent:ServerUrl"] = host.AgentUrl.ToString(),
            ["Agent:Secret"] = secret,
            ["Agent:StateFolder"] = Directory.CreateTempSubdirectory("warehouse-bench-agent-").FullName,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddStationAgent();
        var agent = builder.Build();
        await agent.StartAsync();
        var link = agent.Services.GetRequiredService<ServerLink>();
        var devices = agent.Services.GetRequiredService<AgentDevices>();
        var until = Stopwatch.StartNew();
        while (!link.Connected || devices.Current is null)
        {
            if (until.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("The agent did not connect within 20 s.");
            await Task.Delay(50);
        }

        return agent;
    }

    /// <summary>The floor under any serial scan: the simulator writes a line, the driver frames it and hands it out.</summary>
    private static async Task<Latencies> DriverAloneAsync(int scans)
    {
        using var simulator = new ScannerSimulator();
        await using var scanner = SerialScanner.Start(simulator.Path);
        var latencies = new Latencies();
        for (var i = 0; i < scans + 30; i++)
        {
            var tick = Stopwatch.GetTimestamp();
            await simulator.ScanAsync($"59012345{i % 100000:D5}");
            while (await scanner.Events.ReadAsync() is not ScannedCode) { }
            if (i >= 30) latencies.Add(Stopwatch.GetElapsedTime(tick).TotalMilliseconds);
        }

        return latencies;
    }
}
