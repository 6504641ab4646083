using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Warehouse.E2E.Agents;

/// <summary>
/// A client of the floor hub over a plain WebSocket with SignalR's JSON protocol (the .NET SignalR
/// client does not restore here): hears what every screen hears, and a station's live weights.
/// </summary>
public sealed class FloorHubListener : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _watching = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _reading = Task.CompletedTask;

    public static async Task<FloorHubListener> WatchAsync(string baseUrl, string apiKey, string station)
    {
        var listener = new FloorHubListener();
        listener._socket.Options.SetRequestHeader("X-Api-Key", apiKey);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await listener._socket.ConnectAsync(new Uri(baseUrl.Replace("http://", "ws://") + "/hubs/floor"), deadline.Token);
        await listener.SendAsync("{\"protocol\":\"json\",\"version\":1}", deadline.Token);
        listener._reading = listener.ReadAsync(listener._stop.Token);
        await listener.SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = "watch", target = "WatchStation", arguments = new[] { station } }), deadline.Token);
        await listener._watching.Task.WaitAsync(deadline.Token);
        return listener;
    }

    /// <summary>The next floor event, as the hub serialised it (camelCase FloorEvent).</summary>
    public async Task<JsonElement> NextAsync(double seconds = 15)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _events.Reader.ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The hub sent no floor event within {seconds} s.");
        }
    }

    /// <summary>The events that came before the scan event with <paramref name="scanId"/> (which is consumed).</summary>
    public async Task<List<JsonElement>> UntilScanAsync(string scanId)
    {
        var before = new List<JsonElement>();
        while (true)
        {
            var e = await NextAsync();
            if (e.GetProperty("kind").GetString() == "scan" && e.GetProperty("scanId").GetString() == scanId) return before;
            before.Add(e);
        }
    }

    private Task SendAsync(string json, CancellationToken ct) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, ct);

    private async Task ReadAsync(CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        var pending = new StringBuilder();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close) break;
                pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                var text = pending.ToString();
                var end = text.LastIndexOf(RecordSeparator);
                if (end < 0) continue;
                pending.Clear().Append(text[(end + 1)..]);
                foreach (var frame in text[..end].Split(RecordSeparator)) Handle(frame);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            _events.Writer.TryComplete();
            _watching.TrySetException(new InvalidOperationException("The hub closed before the station was watched."));
        }
    }

    private void Handle(string frame)
    {
        var message = JsonDocument.Parse(frame).RootElement;
        if (!message.TryGetProperty("type", out var type)) return; // the handshake's answer
        switch (type.GetInt32())
        {
            case 1 when message.GetProperty("target").GetString() == "floor":
                _events.Writer.TryWrite(message.GetProperty("arguments")[0].Clone());
                break;
            case 3 when message.GetProperty("invocationId").GetString() == "watch":
                if (message.TryGetProperty("error", out var error)) _watching.TrySetException(new InvalidOperationException(error.GetString()));
                else _watching.TrySetResult();
                break;
            case 7:
                _watching.TrySetException(new InvalidOperationException($"The hub closed the connection: {frame}"));
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
    }
}
