using System.Threading.Channels;
using Grpc.Core;
using Warehouse.StationLink;

namespace Warehouse.Web.Agents;

/// <summary>
/// One connected agent. A gRPC stream takes one writer at a time, so everything sent to the agent
/// (acks, labels, scale commands, a new device set) goes through this outbox.
/// </summary>
public sealed class AgentSession : IAsyncDisposable
{
    private readonly Channel<ServerMessage> _outbox = Channel.CreateUnbounded<ServerMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _ending;
    private readonly Task _writing;
    private readonly TaskCompletionSource<Hello> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AgentSession(string stationCode, IServerStreamWriter<ServerMessage> stream, CancellationToken callEnded)
    {
        StationCode = stationCode;
        _ending = CancellationTokenSource.CreateLinkedTokenSource(callEnded);
        _writing = WriteAsync(stream, _ending.Token);
    }

    public string StationCode { get; }

    /// <summary>Cancelled when the call ends or a newer connection of the same station replaces this one.</summary>
    public CancellationToken Ending => _ending.Token;

    /// <summary>Completes (faulted) if writing to the agent fails.</summary>
    public Task Writing => _writing;

    public bool Replaced { get; private set; }

    /// <summary>The agent's first message: which version it is and what it can do.</summary>
    public Task<Hello> Greeting => _hello.Task;

    public void Greeted(Hello hello) => _hello.TrySetResult(hello);

    public bool Send(ServerMessage message) => _outbox.Writer.TryWrite(message);

    internal void Replace()
    {
        Replaced = true;
        _ending.Cancel();
    }

    private async Task WriteAsync(IServerStreamWriter<ServerMessage> stream, CancellationToken ct)
    {
        await foreach (var message in _outbox.Reader.ReadAllAsync(ct)) await stream.WriteAsync(message, ct);
    }

    public async ValueTask DisposeAsync()
    {
        _outbox.Writer.TryComplete();
        await _ending.CancelAsync();
        try
        {
            await _writing;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
        }

        _ending.Dispose();
    }
}
