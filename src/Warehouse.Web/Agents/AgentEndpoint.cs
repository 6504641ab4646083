using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Warehouse.Web.Agents;

/// <summary>
/// Binds the agents' HTTP/2-only port next to the browsers' addresses. Kestrel binds either the
/// configured URLs or endpoints set in code, never both, so the browsers' URLs ("urls", --urls,
/// ASPNETCORE_URLS) are bound here too, first, so that they stay the app's first address; an https://
/// one with the certificate from the "Tls" section. The agents' port is HTTP/2 only: plain (h2c) for an
/// http:// Agents:Url, over TLS with the same certificate (ALPN h2) for an https:// one.
/// </summary>
public sealed class AgentEndpoint
{
    private ListenOptions? _agents;

    private string _agentsScheme = "http";

    /// <summary>The agents' port as bound; null before start or when off. Read on every request.</summary>
    public int? BoundPort => _agents?.IPEndPoint?.Port;

    /// <summary>The agents' URL as bound (the real port when 0 was asked for); null before start or when off.</summary>
    public Uri? BoundUrl => _agents?.IPEndPoint is { } ip ? new Uri($"{_agentsScheme}://{Host(ip.Address)}:{ip.Port}") : null;

    /// <summary>
    /// Where the pages are: the server's first address that is not the agents'. Tests and benchmarks
    /// start the app on port 0 and must not send a browser to the HTTP/2-only port.
    /// </summary>
    public Uri PagesUrl(IEnumerable<string> serverAddresses) =>
        serverAddresses.Select(a => new Uri(a)).First(a => a.Port != BoundUrl?.Port);

    internal void Configure(KestrelServerOptions kestrel, string browserUrls, string agentsUrl)
    {
        foreach (var url in browserUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            Listen(kestrel, url, protocols: null); // Kestrel's default, as for --urls
        _agents = Listen(kestrel, agentsUrl, HttpProtocols.Http2);
        _agentsScheme = agentsUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "https" : "http";
    }

    private static ListenOptions Listen(KestrelServerOptions kestrel, string url, HttpProtocols? protocols)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException(protocols is null
                ? $"'{url}' is not an http:// or https:// URL this app can listen on."
                : $"Agents:Url '{url}' is not an http:// or https:// URL the agents' port can listen on.");
        ListenOptions? bound = null;
        void Keep(ListenOptions o)
        {
            if (protocols is { } p) o.Protocols = p;
            // The certificate is Kestrel's HTTPS default, set from the "Tls" section (Tls/TlsExtensions).
            // HTTP/2 alone over TLS: ALPN offers h2 only, which is what gRPC clients ask for.
            if (uri.Scheme == "https") o.UseHttps();
            bound = o;
        }

        if (uri.Host == "localhost")
        {
            // Kestrel cannot pick a free port for "localhost" (two addresses): use the IPv4 loopback then.
            if (uri.Port == 0) kestrel.Listen(IPAddress.Loopback, 0, Keep);
            else kestrel.ListenLocalhost(uri.Port, Keep);
        }
        else if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip))
        {
            kestrel.Listen(ip, uri.Port, Keep);
        }
        else
        {
            throw new InvalidOperationException($"'{url}': listen on an IP address or localhost, not on a host name.");
        }

        return bound!;
    }

    private static string Host(IPAddress address) =>
        address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? "localhost"
        : address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
}
