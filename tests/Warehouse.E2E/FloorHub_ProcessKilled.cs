using System.Net.Http.Json;
using Warehouse.Testing;

namespace Warehouse.E2E;

/// <summary>
/// Acceptance: the app dies after a scan's transaction committed and before anyone heard of it.
/// Nothing is lost: after the restart a hub client resumes from its last fact and hears the scan once.
/// </summary>
public sealed class FloorHub_ProcessKilled
{
    private const string ApiKey = "demo-key-0123456789abcdef";

    private static HttpClient Api(AppProcess app)
    {
        var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return http;
    }

    [Fact]
    public async Task A_scan_committed_just_before_the_process_died_reaches_a_resuming_client_once()
    {
        using var data = new TempFolder("warehouse-outbox-kill-");
        var folder = data.Path;
        string[] settings = [$"--Storage:DataFolder={folder}"];
        long seen;

        await using (var doomed = await AppProcess.StartAsync([.. settings, "--Outbox:TestKillBeforeDeliveringScan=lost-2"]))
        {
            using var api = Api(doomed);
            await using var hub = await FloorHubClient.ConnectAsync(doomed.BaseUrl, ApiKey);
            (await api.PostAsJsonAsync("/api/stations/PACK-01/scans", new { id = "lost-1", code = "B-1001" })).EnsureSuccessStatusCode();
            await hub.UntilScanAsync("lost-1");
            seen = hub.LastSequence;

            // Committed, then the relay kills the process before handing the fact to anyone.
            try { await api.PostAsJsonAsync("/api/stations/PACK-01/scans", new { id = "lost-2", code = "DEMO-1" }); }
            catch (HttpRequestException) { } // the answer may or may not have left before the kill
            await doomed.WaitForExitAsync(TimeSpan.FromSeconds(20));
            Assert.DoesNotContain(hub.Drain(), h => h.Type == "scan.decided" && h.Data.GetProperty("scanId").GetString() == "lost-2");
        }

        await using var restarted = await AppProcess.StartAsync(settings);
        await using var resumed = await FloorHubClient.ConnectAsync(restarted.BaseUrl, ApiKey, resumeAfter: seen);
        using var api2 = Api(restarted);
        (await api2.PostAsJsonAsync("/api/stations/PACK-01/scans", new { id = "after-3", code = "CMD:CANCEL" })).EnsureSuccessStatusCode();
        var heard = await resumed.UntilScanAsync("after-3");
        await Task.Delay(500); // a second copy would have arrived by now
        heard.AddRange(resumed.Drain());

        var lost = heard.Where(h => h.Type == "scan.decided" && h.Data.GetProperty("scanId").GetString() == "lost-2").ToList();
        var decided = Assert.Single(lost);
        Assert.Equal("order.opened", decided.Data.GetProperty("message").GetProperty("code").GetString());
        Assert.Contains(heard, h => h.Type == "order.claimed" && h.Data.GetProperty("orderNumber").GetString() == "DEMO-1");
    }
}
