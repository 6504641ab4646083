using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Testing;

namespace Warehouse.E2E;

/// <summary>The floor hub carries the same events as the dashboard to clients outside the process (the JS SignalR client).</summary>
public sealed class FloorHub_Clients(FloorApp app) : IClassFixture<FloorApp>
{
    private const string ApiKey = "demo-key-0123456789abcdef";

    [Fact]
    public async Task A_client_with_an_api_key_hears_a_scan_made_through_the_api()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "hub-client");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@microsoft")))
            throw new InvalidOperationException($"The hub client is not installed: run tests/run-all.sh (npm ci in {folder}).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var a in (string[])["listen.mjs", app.BaseUrl, ApiKey]) start.ArgumentList.Add(a);
        using var node = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            Assert.Contains("ready", await node.StandardOutput.ReadLineAsync(timeout.Token));

            using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
            (await http.PostAsJsonAsync("/api/stations/PACK-02/scans", new { id = "hub-1", code = "B-1002" })).EnsureSuccessStatusCode();

            JsonElement heard;
            do
            {
                heard = JsonDocument.Parse((await node.StandardOutput.ReadLineAsync(timeout.Token))!).RootElement;
            } while (heard.GetProperty("kind").GetString() != "scan");
            Assert.Equal("PACK-02", heard.GetProperty("station").GetString());
        }
        finally
        {
            node.Kill();
        }
    }

    [Fact]
    public async Task A_client_with_a_wrong_key_is_refused()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "hub-client");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var a in (string[])["listen.mjs", app.BaseUrl, "not-the-key"]) start.ArgumentList.Add(a);
        using var node = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await node.WaitForExitAsync(timeout.Token);
        Assert.NotEqual(0, node.ExitCode);
        Assert.Null(await node.StandardOutput.ReadLineAsync(timeout.Token));
    }
}
