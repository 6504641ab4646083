namespace Warehouse.E2E.Agents;

/// <summary>
/// A floor whose agents reach the server over TLS: the agents' port (Agents:Url https://) served with
/// the certificate of the "Tls" section, HTTP/2 by ALPN, and the agent trusting the warehouse's own
/// CA by the file in Agent:ServerCaCertificatePath — that CA and no other.
/// </summary>
public sealed class StationAgent_OverTls
{
    [Fact]
    public async Task An_agent_trusting_the_floor_ca_connects_over_tls_and_its_scans_reach_the_server()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        using var ca = FloorCa.Create("Floor CA");
        var (certificate, key) = ca.IssueServer(floor.Folder);
        var agentsUrl = $"https://127.0.0.1:{floor.AgentPort}";
        await using var app = await AppProcess.StartAsync(
            $"--Storage:DataFolder={floor.Folder}", $"--Agents:Url={agentsUrl}", $"--Tls:CertificatePath={certificate}", $"--Tls:KeyPath={key}");
        await using var agent = AgentProcess.Start(AgentFloor.Station, agentsUrl, floor.Secret, Path.Combine(floor.Folder, "agent"),
            $"--Agent:ServerCaCertificatePath={ca.WriteCaPem(floor.Folder)}");

        await agent.DevicesOpenAsync();
        await floor.Scanner.ScanAsync("B-1003");
        await floor.Scanner.ScanAsync("TLS-0001");

        await Eventually.HoldsAsync(async () => (await floor.ScannedAsync()).Count == 2, TimeSpan.FromSeconds(30), () => agent.Output + "\n--- server ---\n" + app.Output);
        Assert.Equal(["B-1003", "TLS-0001"], await floor.ScannedAsync());
        Assert.Contains($"Connected to {agentsUrl} as {AgentFloor.Station}", agent.Output);
        Assert.DoesNotContain("is refused", agent.Output);
    }

    [Fact]
    public async Task An_agent_trusting_another_ca_refuses_the_server_and_logs_why()
    {
        await using var floor = await AgentFloor.PrepareAsync();
        using var ca = FloorCa.Create("Floor CA");
        using var another = FloorCa.Create("Another CA");
        var (certificate, key) = ca.IssueServer(floor.Folder);
        var agentsUrl = $"https://127.0.0.1:{floor.AgentPort}";
        await using var app = await AppProcess.StartAsync(
            $"--Storage:DataFolder={floor.Folder}", $"--Agents:Url={agentsUrl}", $"--Tls:CertificatePath={certificate}", $"--Tls:KeyPath={key}");
        await using var agent = AgentProcess.Start(AgentFloor.Station, agentsUrl, floor.Secret, Path.Combine(floor.Folder, "agent"),
            $"--Agent:ServerCaCertificatePath={another.WriteCaPem(floor.Folder)}");

        // Refused on the first attempt and again on the next, before it is told of any device.
        await Eventually.HoldsAsync(
            () => Task.FromResult(agent.Output.Split("The server's certificate (CN=warehouse.test, issued by CN=Floor CA) is refused: RemoteCertificateChainErrors").Length > 2),
            TimeSpan.FromSeconds(30), () => agent.Output);
        Assert.Contains("Agent:ServerCaCertificatePath", agent.Output);
        Assert.DoesNotContain("Connected to", agent.Output);
        Assert.DoesNotContain("Devices: scanner", agent.Output);
    }

    [Fact]
    public async Task An_https_agents_url_without_a_certificate_stops_the_server_naming_the_settings()
    {
        var start = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AppProcess.StartAsync($"--Agents:Url=https://127.0.0.1:{AppProcess.FreePort()}"));

        Assert.Contains("The app exited with 1", start.Message);
        Assert.Contains("urls / Agents:Url: https://127.0.0.1:", start.Message);
        Assert.Contains("is HTTPS, but no certificate is set", start.Message);
        Assert.DoesNotContain("   at ", start.Message);
    }
}
