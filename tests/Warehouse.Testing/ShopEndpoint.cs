using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Testing;

/// <summary>
/// The shop's webhook endpoint on loopback, as a shop would run one: it records every call with its
/// signature headers and answers with the statuses it is given, in turn, then 200.
/// </summary>
public sealed class ShopEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<int> _answers;
    private readonly List<Call> _received = [];

    /// <summary>One call as it came: the raw body and the <c>Webhook-Id</c>, <c>X-Timestamp</c> and <c>X-Signature</c> headers.</summary>
    public sealed record Call(string Body, string Id, string Stamp, string Signature)
    {
        /// <summary>Signed as carriers sign theirs to us: <c>sha256=</c> hex HMAC-SHA256 of "timestamp.body" with <paramref name="secret"/>.</summary>
        public bool IsSignedWith(string secret) =>
            Signature == "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Stamp + "." + Body)));
    }

    public ShopEndpoint(params int[] answers)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hooks/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _answers = new Queue<int>(answers);
        _ = ServeAsync();
    }

    public string Url { get; }

    /// <summary>Every call so far, in the order they came.</summary>
    public IReadOnlyList<Call> Received
    {
        get { lock (_received) return [.. _received]; }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); } catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers;
            lock (_received) _received.Add(new Call(body, headers["Webhook-Id"]!, headers["X-Timestamp"]!, headers["X-Signature"]!));
            context.Response.StatusCode = _answers.Count > 0 ? _answers.Dequeue() : 200;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
