using System.Collections.Concurrent;
using System.Threading.Channels;
using Warehouse.Testing;

namespace Warehouse.Benchmarks;

/// <summary>
/// A real SignalR client (the .NET one, <see cref="FloorHubClient"/>) on /hubs/floor.
/// Hands out the wall-clock arrival time of each station's decided scans, in order. Waiting for one
/// never blocks a thread: the benchmark shares its thread pool with the app it measures, and a
/// blocked waiter per station starved that pool (docs/performance.md, "the worst case explained").
/// </summary>
public sealed class HubListener : IAsyncDisposable
{
    private readonly FloorHubClient _hub;
    private readonly ConcurrentDictionary<string, Channel<double>> _arrivals = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private HubListener(FloorHubClient hub)
    {
        _hub = hub;
        _reading = Task.Run(ReadAsync);
    }

    public static async Task<HubListener> StartAsync(string baseUrl, string apiKey) =>
        new(await FloorHubClient.ConnectAsync(baseUrl, apiKey));

    private Channel<double> For(string station) => _arrivals.GetOrAdd(station, _ => Channel.CreateUnbounded<double>());

    private async Task ReadAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            FloorHubClient.Heard heard;
            try
            {
                heard = await _hub.NextAsync(seconds: 1);
            }
            catch (TimeoutException)
            {
                continue;
            }
            catch (ChannelClosedException)
            {
                return;
            }
            if (heard.Type == "scan.decided" && heard.StationCode is { } station) For(station).Writer.TryWrite(heard.ArrivedMs);
        }
    }

    /// <summary>Arrival time (Unix ms) of the next scan event for the station; NaN when none comes within the timeout.</summary>
    public async Task<double> NextArrivalAsync(string station, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            return await For(station).Reader.ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            return double.NaN;
        }
    }

    /// <summary>
    /// The way this class waited until 2026-12-02: a blocking take on a pool thread. Kept for the
    /// benchmark's <c>--blocking-waits</c> run, which reproduces the old worst case.
    /// </summary>
    public double NextArrivalBlocking(string station, TimeSpan timeout) =>
        NextArrivalAsync(station, timeout).GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _hub.DisposeAsync();
        await _reading;
        _stop.Dispose();
    }
}
