using System.Net;
using System.Net.Sockets;

namespace Warehouse.E2E.Agents;

/// <summary>
/// A real TCP hop between the agent and the server that a test can make go silent, the way a cable
/// pulled between two switches does: nothing is forwarded any more in either direction, and neither
/// end is told (no FIN, no RST). Connections made while it is silent are taken and held, unanswered.
/// </summary>
public sealed class SilentRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _server;
    private readonly CancellationTokenSource _closing = new();
    private readonly List<TcpClient> _held = [];
    private readonly Task _accepting;
    private volatile TaskCompletionSource _cut = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _silent;

    public SilentRelay(int serverPort)
    {
        _server = new IPEndPoint(IPAddress.Loopback, serverPort);
        _listener.Start();
        _accepting = AcceptAsync(_closing.Token);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>From now on nothing passes, and nothing is closed.</summary>
    public void GoSilent()
    {
        _silent = true;
        _cut.TrySetResult();
    }

    /// <summary>New connections pass again; the ones cut stay cut (open, silent) until their ends give up.</summary>
    public void Mend()
    {
        _cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _silent = false;
    }

    private async Task AcceptAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient agent;
            try
            {
                agent = await _listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            lock (_held) _held.Add(agent);
            if (_silent) continue; // taken, never answered
            _ = ForwardAsync(agent, _cut.Task, ct);
        }
    }

    private async Task ForwardAsync(TcpClient agent, Task cut, CancellationToken ct)
    {
        var server = new TcpClient();
        lock (_held) _held.Add(server);
        try
        {
            await server.ConnectAsync(_server, ct);
            await Task.WhenAll(PumpAsync(agent.GetStream(), server.GetStream(), cut, ct), PumpAsync(server.GetStream(), agent.GetStream(), cut, ct));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Copies until the cable is cut; then reads nothing and writes nothing, and keeps both sockets open.</summary>
    private static async Task PumpAsync(NetworkStream from, NetworkStream to, Task cut, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        while (!cut.IsCompleted)
        {
            var reading = from.ReadAsync(buffer, ct).AsTask();
            if (await Task.WhenAny(reading, cut) == cut) break; // what was on the wire is lost with the cable
            var n = await reading;
            if (cut.IsCompleted) break;
            if (n == 0)
            {
                to.Socket.Shutdown(SocketShutdown.Send); // a close, while the cable is in, passes as a close
                return;
            }
            await to.WriteAsync(buffer.AsMemory(0, n), ct);
        }
        await Task.Delay(Timeout.Infinite, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _listener.Stop();
        try { await _accepting; } catch (OperationCanceledException) { }
        lock (_held) foreach (var c in _held) c.Dispose();
        _closing.Dispose();
    }
}
