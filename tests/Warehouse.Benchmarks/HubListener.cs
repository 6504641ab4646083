using System.Collections.Concurrent;
using Warehouse.Testing;

namespace Warehouse.Benchmarks;

/// <summary>
/// A real SignalR client (the .NET one, <see cref="FloorHubClient"/>) on /hubs/floor.
/// Hands out the wall-clock arrival time of each station's decided scans, in order.
/// </summary>
public sealed class HubListener : IAsyncDisposable
{
    private readonly FloorHubClient _hub;
    private readonly ConcurrentDictionary<string, BlockingCollection<double>> _arrivals = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private HubListener(FloorHubClient hub)
    {
        _hub = hub;
        _reading = Task.Run(ReadAsync);
    }

    public static async Task<HubListener> StartAsync(string baseUrl, string apiKey) =>
        new(await FloorHubClient.ConnectAsync(baseUrl, apiKey));

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
            catch (System.Threading.Channels.ChannelClosedException)
            {
                return;
            }
            if (heard.Type != "scan.decided" || heard.StationCode is not { } station) continue;
            _arrivals.GetOrAdd(station, _ => []).Add(heard.ArrivedMs);
        }
    }

    /// <summary>Arrival time (Unix ms) of the next scan event for the station; NaN when none comes within the timeout.</summary>
    public double NextArrival(string station, TimeSpan timeout) =>
        _arrivals.GetOrAdd(station, _ => []).TryTake(out var t, timeout) ? t : double.NaN;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _hub.DisposeAsync();
        await _reading;
        _stop.Dispose();
    }
}
