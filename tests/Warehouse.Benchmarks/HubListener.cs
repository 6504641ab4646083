using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Warehouse.Testing;

namespace Warehouse.Benchmarks;

/// <summary>
/// A real SignalR client (the JS one; the .NET client does not restore here) on /hubs/floor.
/// Hands out the wall-clock arrival time of each station's scan events, in order.
/// </summary>
public sealed class HubListener : IAsyncDisposable
{
    private readonly Process _node;
    private readonly ConcurrentDictionary<string, BlockingCollection<double>> _arrivals = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HubListener(Process node) => _node = node;

    public static async Task<HubListener> StartAsync(string baseUrl, string apiKey)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "hub-client");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@microsoft")))
            throw new InvalidOperationException($"Run `npm ci` in {folder} first (tests/run-all.sh does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var a in (string[])["listen.mjs", baseUrl, apiKey]) start.ArgumentList.Add(a);
        var listener = new HubListener(Process.Start(start)!);
        listener._node.OutputDataReceived += (_, e) => listener.OnLine(e.Data);
        listener._node.BeginOutputReadLine();
        listener._node.BeginErrorReadLine();
        await listener._ready.Task.WaitAsync(TimeSpan.FromSeconds(20));
        return listener;
    }

    private void OnLine(string? line)
    {
        if (string.IsNullOrEmpty(line)) return;
        using var json = JsonDocument.Parse(line);
        if (json.RootElement.TryGetProperty("ready", out _)) { _ready.TrySetResult(); return; }
        if (json.RootElement.GetProperty("kind").GetString() != "scan") return;
        var station = json.RootElement.GetProperty("station").GetString()!;
        _arrivals.GetOrAdd(station, _ => []).Add(json.RootElement.GetProperty("t").GetDouble());
    }

    /// <summary>Arrival time (Unix ms) of the next scan event for the station; NaN when none comes within the timeout.</summary>
    public double NextArrival(string station, TimeSpan timeout) =>
        _arrivals.GetOrAdd(station, _ => []).TryTake(out var t, timeout) ? t : double.NaN;

    public async ValueTask DisposeAsync()
    {
        try { _node.StandardInput.Close(); await _node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (TimeoutException) { _node.Kill(); }
        _node.Dispose();
    }
}
