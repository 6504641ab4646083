using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Testing;

namespace Warehouse.E2E;

/// <summary>Acceptance: the app killed mid-order and started again ends in a clear, correct state, on SQLite and PostgreSQL.</summary>
[TakesMinutes(2)]
public sealed class PackingStation_ProcessKilled
{
    private const string ApiKey = "demo-key-0123456789abcdef";

    private static HttpClient Api(AppProcess app)
    {
        var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return http;
    }

    private static async Task<JsonElement> ScanAsync(HttpClient api, string id, string code)
    {
        var response = await api.PostAsJsonAsync("/api/stations/PACK-01/scans", new { id, code });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Dictionary<string, string>> EansAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/skus")).EnumerateArray()
            .ToDictionary(s => s.GetProperty("sku").GetString()!, s => s.GetProperty("ean13").GetString()!);

    private static string Tail(string log) => string.Join('\n', log.Split('\n').TakeLast(40));

    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    [Theory, MemberData(nameof(Providers))]
    public async Task A_killed_app_resumes_the_order_and_a_retried_scan_is_not_counted_twice(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("warehouse-kill-").FullName;
        await using var postgres = provider == "Postgres" ? await PostgresServer.StartAsync() : null;
        string[] settings = postgres is null
            ? [$"--Storage:DataFolder={folder}"]
            : [$"--Storage:DataFolder={folder}", "--Database:Provider=Postgres", $"--Database:ConnectionString={await postgres.CreateDatabaseAsync()}"];

        string lastScanId = "kill-4";
        await using (var first = await AppProcess.StartAsync(settings))
        {
            using var api = Api(first);
            var ean = await EansAsync(api);
            // Each answer checked: a refusal here would show only later, as an order the restart never had.
            foreach (var (id, code) in new[] { ("kill-1", "B-1001"), ("kill-2", "DEMO-1"), ("kill-3", ean["SZA-0002"]) })
            {
                var answer = await ScanAsync(api, id, code);
                Assert.True(answer.GetProperty("outcome").GetString() == "Accepted",
                    $"{id} ({code}) before the kill: {answer}\n{Tail(first.Output)}");
            }
            // The last scan is in flight when the plug is pulled: it may or may not have been stored.
            var inFlight = api.PostAsJsonAsync("/api/stations/PACK-01/scans", new { id = lastScanId, code = ean["BAL-0004"] });
            await Task.Delay(5);
            await first.KillAsync();
            try { await inFlight; } catch (HttpRequestException) { } catch (TaskCanceledException) { }
        }

        await using var second = await AppProcess.StartAsync(settings);
        using var api2 = Api(second);
        var eans = await EansAsync(api2);
        var order = await api2.GetFromJsonAsync<JsonElement>("/api/orders/DEMO-1");
        Assert.True((order.GetProperty("status").GetString(), order.GetProperty("claimedByStation").GetString()) == ("Packing", "PACK-01"),
            $"DEMO-1 after the restart: {order}\n{Tail(second.Output)}");

        // The sender retries the scan it never got an answer for: stored once, whatever happened.
        var retried = await ScanAsync(api2, lastScanId, eans["BAL-0004"]);
        Assert.Equal("item.counted", retried.GetProperty("messageCode").GetString());
        var again = await ScanAsync(api2, "kill-5", eans["BAL-0004"]);
        Assert.Equal("item.over_scan", again.GetProperty("messageCode").GetString());
        var last = await ScanAsync(api2, "kill-6", eans["SZA-0002"]);
        Assert.Equal("next.weigh", last.GetProperty("nextCode").GetString());

        // The restarted demo scale weighs the parcel and it completes with one label.
        var until = DateTime.UtcNow.AddSeconds(15);
        JsonElement packed;
        do
        {
            await Task.Delay(200);
            packed = await api2.GetFromJsonAsync<JsonElement>("/api/orders/DEMO-1");
        } while (packed.GetProperty("status").GetString() != "Packed" && DateTime.UtcNow < until);
        Assert.Equal("Packed", packed.GetProperty("status").GetString());
        Assert.Equal(1, packed.GetProperty("parcels").GetArrayLength());

        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
