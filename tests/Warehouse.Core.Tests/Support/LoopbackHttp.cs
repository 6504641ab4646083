using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Warehouse.Core.Tests.Support;

/// <summary>
/// A real HTTP server on a free loopback port (HttpListener) that hands each request to a stand-in's
/// answer on its own task: the socket under the carrier stand-ins. Disposing it closes the port, so a
/// carrier pointed at it afterwards finds nobody listening.
/// </summary>
public sealed class LoopbackHttp : IDisposable
{
    private readonly HttpListener _listener;

    public LoopbackHttp(Func<HttpListenerContext, Task> answer)
    {
        // A port found free can be taken by another test before the listener binds it: then another port.
        for (var attempt = 1; ; attempt++)
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Root = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
            }
            _listener = new HttpListener();
            _listener.Prefixes.Add(Root.AbsoluteUri);
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _listener.Close();
            }
        }
        _ = Task.Run(() => AcceptAsync(answer));
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Root { get; }

    private async Task AcceptAsync(Func<HttpListenerContext, Task> answer)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => answer(context));
        }
    }

    /// <summary>Status, type and body (none for 204), then the connection's answer is complete.</summary>
    public static async Task WriteAsync(HttpListenerContext context, int status, string body, string type)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        if (status != 204) await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
        context.Response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
