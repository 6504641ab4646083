using System.Diagnostics;

namespace Warehouse.E2E.Agents;

/// <summary>Acceptance: the server away for 30 s while the agent reads 200 scans; every one is processed once, in order, after it returns.</summary>
public sealed class StationAgent_ServerAway
{
    [Fact]
    public async Task Two_hundred_scans_read_while_the_server_is_down_are_processed_once_each_in_order_when_it_returns()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        var first = await AppProcess.StartAsync(floor.ServerSettings);
        await using var agent = AgentProcess.Start(floor, Path.Combine(floor.Folder, "agent"));

        await agent.DevicesOpenAsync();
        await floor.Scanner.ScanAsync("B-1003");
        await Eventually.HoldsAsync(async () => (await floor.ScannedAsync()).Count == 1, TimeSpan.FromSeconds(30), () => agent.Output);

        await first.KillAsync();
        await first.DisposeAsync();
        var away = Stopwatch.StartNew();
        var codes = Enumerable.Range(1, 200).Select(i => $"AWAY-{i:D4}").ToList();
        foreach (var code in codes)
        {
            await floor.Scanner.ScanAsync(code);
            await Task.Delay(50); // a busy packer, not a flood: each line is its own scan
        }

        await Task.Delay(TimeSpan.FromSeconds(30) - away.Elapsed is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
        Assert.Single(await floor.ScannedAsync());

        await using var second = await AppProcess.StartAsync(floor.ServerSettings);
        await Eventually.HoldsAsync(async () => (await floor.ScannedAsync()).Count >= 201, TimeSpan.FromSeconds(60), () => agent.Output);
        await Task.Delay(1000); // a duplicate would arrive right behind the last one
        Assert.Equal(["B-1003", .. codes], await floor.ScannedAsync());
        Assert.Equal(201, await floor.QueryAsync(db => Task.FromResult(db.ScanReceipts.Count(r => r.StationCode == AgentFloor.Station))));
    }
}
