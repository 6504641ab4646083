using Grpc.Core;
using Grpc.Net.Client;
using Warehouse.StationLink;

namespace Warehouse.E2E.Agents;

/// <summary>
/// One stream to the gateway driven by hand, message by message: what a broken or hostile agent can
/// send, which the real agent never would.
/// </summary>
public sealed class RawAgent : IDisposable
{
    private readonly AsyncDuplexStreamingCall<AgentMessage, ServerMessage> _call;

    private RawAgent(AsyncDuplexStreamingCall<AgentMessage, ServerMessage> call) => _call = call;

    public static RawAgent Connect(GrpcChannel channel, string? station, string? authorization)
    {
        var headers = new Metadata();
        if (station is not null) headers.Add("x-station", station);
        if (authorization is not null) headers.Add("authorization", authorization);
        return new RawAgent(new StationLink.StationLink.StationLinkClient(channel).Connect(headers));
    }

    /// <summary>Connects with the right secret and waits for the welcome.</summary>
    public static async Task<RawAgent> WelcomedAsync(GrpcChannel channel, string station, string secret)
    {
        var agent = Connect(channel, station, "Bearer " + secret);
        var first = await agent.NextAsync();
        Assert.Equal(ServerMessage.BodyOneofCase.Welcome, first?.BodyCase);
        return agent;
    }

    public Task SendAsync(AgentMessage message) => _call.RequestStream.WriteAsync(message);

    /// <summary>The next message, or null when the server ended the stream; an <see cref="RpcException"/> when it ended it with an error.</summary>
    public async Task<ServerMessage?> NextAsync(double seconds = 15)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _call.ResponseStream.MoveNext(deadline.Token) ? _call.ResponseStream.Current : null;
        }
        catch (RpcException e) when (deadline.IsCancellationRequested && e.StatusCode == StatusCode.Cancelled)
        {
            throw new TimeoutException($"The server sent nothing and did not end the stream within {seconds} s.");
        }
    }

    /// <summary>Sends a scan and returns the server's acknowledgement of it (print jobs handed over meanwhile are skipped).</summary>
    public async Task<ScanAck> ScanAsync(string scanId, string code, long sequence)
    {
        await SendAsync(new AgentMessage { Scan = new Scan { ScanId = scanId, Code = code, Sequence = sequence, ScannedAtUnixMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() } });
        while (true)
        {
            var message = await NextAsync() ?? throw new InvalidOperationException("The server ended the stream instead of acknowledging the scan.");
            if (message.BodyCase == ServerMessage.BodyOneofCase.ScanAck && message.ScanAck.Sequence == sequence) return message.ScanAck;
        }
    }

    public void Dispose() => _call.Dispose();
}
