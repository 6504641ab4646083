namespace Warehouse.Web.Agents;

/// <summary>The station agents' endpoint (section "Agents").</summary>
public sealed class AgentsOptions
{
    /// <summary>
    /// Where agents connect: an HTTP/2-only port of its own, since gRPC without TLS cannot share the
    /// browsers' HTTP/1.1 port. https:// serves it over TLS with the certificate of section "Tls".
    /// Empty turns the endpoint off; port 0 takes any free port (tests).
    /// </summary>
    public string Url { get; set; } = "";

    /// <summary>Largest message an agent may send; a scan or a health report is far smaller.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How long an agent's connection may say nothing before the server pings it (HTTP/2 PING). With
    /// <see cref="KeepAlivePingTimeout"/> this bounds how late a network gone silent is found: about
    /// delay + timeout + 4 s (Kestrel looks once a second and pads both by a second): 7 s with the
    /// defaults, inside the 10 s the station's scanner-down banner promises (2 s + 2 s was measured at
    /// 8.2 s, too close). An idle connection costs one small ping frame every two seconds or so.
    /// </summary>
    public TimeSpan KeepAlivePingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a ping may go unanswered before the server drops the connection and the station shows its scanner as not heard.</summary>
    public TimeSpan KeepAlivePingTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
