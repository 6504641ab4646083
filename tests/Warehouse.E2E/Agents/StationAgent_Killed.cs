namespace Warehouse.E2E.Agents;

/// <summary>Acceptance: the agent killed and started again with scans on disk; nothing read is lost or counted twice.</summary>
public sealed class StationAgent_Killed
{
    private static Task<int> StoredOnDiskAsync(string state) =>
        Task.FromResult(File.Exists(Path.Combine(state, "scans", "scans.log"))
            ? File.ReadAllLines(Path.Combine(state, "scans", "scans.log")).Length
            : 0);

    [Fact]
    public async Task Scans_kept_on_disk_by_a_killed_agent_are_delivered_once_in_order_by_the_next_one()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        var state = Path.Combine(floor.Folder, "agent");
        var server = await AppProcess.StartAsync(floor.ServerSettings);
        var first = AgentProcess.Start(floor, state);
        await first.DevicesOpenAsync();
        await floor.Scanner.ScanAsync("B-1003");
        await Eventually.HoldsAsync(async () => (await floor.ScannedAsync()).Count == 1, TimeSpan.FromSeconds(30), () => first.Output);
        await server.DisposeAsync(); // killed

        var before = Enumerable.Range(1, 40).Select(i => $"KILL-A{i:D2}").ToList();
        foreach (var code in before) await floor.Scanner.ScanAsync(code);
        await Eventually.HoldsAsync(async () => await StoredOnDiskAsync(state) >= 41, TimeSpan.FromSeconds(20), () => first.Output);
        await first.DisposeAsync(); // SIGKILL with 40 scans on disk, none acknowledged

        await using var second = AgentProcess.Start(floor, state);
        var after = Enumerable.Range(1, 40).Select(i => $"KILL-B{i:D2}").ToList();
        await second.DevicesOpenAsync();
        foreach (var code in after) await floor.Scanner.ScanAsync(code);
        await Eventually.HoldsAsync(async () => await StoredOnDiskAsync(state) >= 81, TimeSpan.FromSeconds(20), () => second.Output);

        await using var back = await AppProcess.StartAsync(floor.ServerSettings);
        await Eventually.HoldsAsync(async () => (await floor.ScannedAsync()).Count >= 81, TimeSpan.FromSeconds(60), () => second.Output);
        await Task.Delay(1000);
        Assert.Equal(["B-1003", .. before, .. after], await floor.ScannedAsync());
    }
}
