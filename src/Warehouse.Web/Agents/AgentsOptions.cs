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
}
