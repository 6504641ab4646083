using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Warehouse.Testing;

/// <summary>
/// A client of the floor hub (/hubs/floor) on the SignalR .NET client, as an integration would
/// write one: hears every floor event in arrival order, remembers the last fact's sequence number,
/// drops a fact it has already seen and resumes after a lost connection.
/// </summary>
public sealed class FloorHubClient : IAsyncDisposable
{
    /// <summary>One message as the hub sends it (FloorHubMessage, camelCase), and when it arrived.</summary>
    public sealed record Heard(long? Sequence, string Type, string? StationCode, JsonElement Data, DateTime ArrivedUtc, double ArrivedMs);

    private readonly HubConnection _connection;
    private readonly Channel<Heard> _heard = Channel.CreateUnbounded<Heard>();
    private readonly Lock _order = new();
    private List<JsonElement>? _held; // live facts that arrive while a resume is reading the backlog
    private long _lastSequence;

    private FloorHubClient(HubConnection connection, long lastSequence)
    {
        _connection = connection;
        _lastSequence = lastSequence;
        _connection.On<JsonElement>("floor", OnMessage);
    }

    /// <summary>The last fact's sequence this client has taken; give it to the next client to resume.</summary>
    public long LastSequence { get { lock (_order) return _lastSequence; } }

    public static async Task<FloorHubClient> ConnectAsync(string baseUrl, string apiKey, string? watchStation = null, long resumeAfter = -1, CancellationToken ct = default)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(baseUrl.TrimEnd('/') + "/hubs/floor", o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.Headers["X-Api-Key"] = apiKey;
            })
            .Build();
        var client = new FloorHubClient(connection, Math.Max(resumeAfter, 0));
        if (resumeAfter >= 0) lock (client._order) client._held = [];
        await connection.StartAsync(ct);
        if (watchStation is not null) await connection.InvokeAsync("WatchStation", watchStation, ct);
        if (resumeAfter >= 0) await client.ResumeAsync(ct);
        return client;
    }

    /// <summary>Asks for every fact after the last one taken, then lets the live ones through that are newer.</summary>
    private async Task ResumeAsync(CancellationToken ct)
    {
        bool more;
        do
        {
            var backlog = await _connection.InvokeAsync<JsonElement>("Resume", LastSequence, ct);
            if (backlog.GetProperty("gap").GetBoolean()) throw new InvalidOperationException("The hub pruned facts this client had not seen.");
            foreach (var fact in backlog.GetProperty("facts").EnumerateArray()) Take(fact);
            more = backlog.GetProperty("more").GetBoolean();
        } while (more);
        List<JsonElement> held;
        lock (_order) (held, _held) = (_held ?? [], null);
        foreach (var live in held) Take(live);
    }

    private void OnMessage(JsonElement message)
    {
        lock (_order)
        {
            if (_held is not null) { _held.Add(message.Clone()); return; }
        }
        Take(message);
    }

    private void Take(JsonElement message)
    {
        var arrived = DateTime.UtcNow;
        var ms = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
        long? sequence = message.GetProperty("sequence").ValueKind == JsonValueKind.Number ? message.GetProperty("sequence").GetInt64() : null;
        lock (_order)
        {
            if (sequence is { } seen && seen <= _lastSequence) return; // at least once: a fact seen twice is dropped here
            if (sequence is { } next) _lastSequence = next;
        }
        _heard.Writer.TryWrite(new Heard(sequence, message.GetProperty("type").GetString()!,
            message.GetProperty("stationCode").GetString(), message.GetProperty("data").Clone(), arrived, ms));
    }

    /// <summary>The next event heard; a TimeoutException when none comes in time.</summary>
    public async Task<Heard> NextAsync(double seconds = 15)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _heard.Reader.ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The hub sent no floor event within {seconds} s.");
        }
    }

    /// <summary>Whatever has arrived and not been taken, without waiting.</summary>
    public List<Heard> Drain()
    {
        var all = new List<Heard>();
        while (_heard.Reader.TryRead(out var h)) all.Add(h);
        return all;
    }

    /// <summary>The events that came before the decided scan with <paramref name="scanId"/> (which is consumed).</summary>
    public async Task<List<Heard>> UntilScanAsync(string scanId, double seconds = 15)
    {
        var before = new List<Heard>();
        while (true)
        {
            var e = await NextAsync(seconds);
            if (e.Type == "scan.decided" && e.Data.GetProperty("scanId").GetString() == scanId) return before;
            before.Add(e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _heard.Writer.TryComplete();
        await _connection.DisposeAsync();
    }
}
