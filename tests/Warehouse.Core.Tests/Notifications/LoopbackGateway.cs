using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>An SMS gateway on loopback speaking our contract: it records each request and answers with the next status it is given.</summary>
public sealed class LoopbackGateway : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public sealed record Request(string Method, string Path, string? Authorization, string? IdempotencyKey, string ContentType, string Body);

    public LoopbackGateway()
    {
        Port = NoticeFloor.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/v1/messages";
    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>Answers, in turn; 202 when none is left.</summary>
    public ConcurrentQueue<int> Answers { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            Requests.Enqueue(new Request(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"],
                context.Request.Headers["Idempotency-Key"], context.Request.ContentType ?? "", await reader.ReadToEndAsync()));
            context.Response.StatusCode = Answers.TryDequeue(out var status) ? status : 202;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
