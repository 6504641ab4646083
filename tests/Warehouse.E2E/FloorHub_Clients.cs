using System.Net.Http.Json;
using Warehouse.Testing;

namespace Warehouse.E2E;

/// <summary>
/// The floor hub carries the dashboard's events to clients outside the process (the SignalR .NET
/// client, as an integration would use it); a client that was away resumes from its last fact.
/// </summary>
public sealed class FloorHub_Clients(FloorApp app) : IClassFixture<FloorApp>
{
    private const string ApiKey = "demo-key-0123456789abcdef";

    private HttpClient Api()
    {
        var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return http;
    }

    private static async Task ScanAsync(HttpClient api, string station, string id, string code) =>
        (await api.PostAsJsonAsync($"/api/stations/{station}/scans", new { id, code })).EnsureSuccessStatusCode();

    [Fact]
    public async Task A_client_with_an_api_key_hears_a_scan_made_through_the_api_numbered_in_commit_order()
    {
        await using var hub = await FloorHubClient.ConnectAsync(app.BaseUrl, ApiKey);
        using var api = Api();

        await ScanAsync(api, "PACK-02", "hub-1", "B-1002");
        await hub.UntilScanAsync("hub-1");
        var first = hub.LastSequence;
        await ScanAsync(api, "PACK-02", "hub-2", "CMD:SIGNOUT");
        await hub.UntilScanAsync("hub-2");

        Assert.True(first > 0, "a fact carries its sequence number");
        Assert.True(hub.LastSequence > first, $"the later scan has the higher number ({first} then {hub.LastSequence})");
    }

    [Fact]
    public async Task A_client_that_was_away_resumes_from_its_last_fact_and_hears_each_missed_one_once()
    {
        using var api = Api();
        long seen;
        await using (var before = await FloorHubClient.ConnectAsync(app.BaseUrl, ApiKey))
        {
            await ScanAsync(api, "PACK-03", "resume-1", "B-1003");
            await before.UntilScanAsync("resume-1");
            seen = before.LastSequence;
        }

        // Away: three scans happen that nobody hears.
        foreach (var (id, code) in new[] { ("resume-2", "DEMO-3"), ("resume-3", "NOT-A-CODE"), ("resume-4", "CMD:CANCEL") })
            await ScanAsync(api, "PACK-03", id, code);

        await using var after = await FloorHubClient.ConnectAsync(app.BaseUrl, ApiKey, resumeAfter: seen);
        await ScanAsync(api, "PACK-03", "resume-5", "CMD:SIGNOUT");
        var heard = await after.UntilScanAsync("resume-5");
        await Task.Delay(500); // anything sent twice would have arrived by now
        var late = after.Drain();

        var facts = heard.Where(h => h.Sequence is not null).ToList();
        Assert.Equal(["resume-2", "resume-3", "resume-4"],
            facts.Where(h => h.Type == "scan.decided" && h.StationCode == "PACK-03").Select(h => h.Data.GetProperty("scanId").GetString()));
        Assert.True(facts.Select(h => h.Sequence!.Value).SequenceEqual(facts.Select(h => h.Sequence!.Value).Distinct().Order()), "once each, in commit order");
        Assert.DoesNotContain(late, h => h.Type == "scan.decided");
    }

    [Fact]
    public async Task A_client_with_a_wrong_key_is_refused()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => FloorHubClient.ConnectAsync(app.BaseUrl, "not-the-key"));

        Assert.Contains("401", refused.ToString());
    }
}
