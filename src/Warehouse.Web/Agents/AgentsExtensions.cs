using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Warehouse.Web.Agents;

public static class AgentsExtensions
{
    /// <summary>The station agents' gRPC endpoint on its own HTTP/2 port ("Agents:Url"), and what it feeds.</summary>
    public static IHostApplicationBuilder AddStationAgents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgentsOptions>().BindConfiguration("Agents").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AgentsOptions>, AgentsOptionsCheck>();
        var options = builder.Configuration.GetSection("Agents").Get<AgentsOptions>() ?? new AgentsOptions();
        builder.Services.AddGrpc(o => o.MaxReceiveMessageSize = options.MaxMessageBytes);
        builder.Services.AddSingleton<AgentSessions>();
        builder.Services.AddSingleton<AgentPrintFeed>();
        builder.Services.AddSingleton<AgentEndpoint>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IConfiguration, AgentEndpoint, IOptions<AgentsOptions>>((kestrel, config, endpoint, agents) =>
        {
            if (agents.Value.Url is not { Length: > 0 } url) return;
            endpoint.Configure(kestrel, BrowserUrls(config), url);
            // A network that goes silent without closing (a cable pulled between two switches) leaves the
            // agent's call open for as long as TCP retransmits: minutes, with the station looking fine.
            // The server's own HTTP/2 pings find it in seconds and end the call as a closed socket would.
            // Not a check that the stream was heard from lately: an agent without a scale sends nothing on
            // a schedule, and its own pings never reach gRPC code; Kestrel's work with every agent deployed.
            // Kestrel's HTTP/2 limits are the whole server's, so they are set only with the agents' port on;
            // the browsers' port speaks HTTP/1.1 unless it is https, and a browser answers pings by itself.
            kestrel.Limits.Http2.KeepAlivePingDelay = agents.Value.KeepAlivePingDelay;
            kestrel.Limits.Http2.KeepAlivePingTimeout = agents.Value.KeepAlivePingTimeout;
        });
        return builder;
    }

    /// <summary>
    /// What Kestrel would bind by itself: "urls" (--urls, ASPNETCORE_URLS), else "http_ports"
    /// (ASPNETCORE_HTTP_PORTS, set by the .NET container images and docker-compose.yml) and
    /// "https_ports" (ASPNETCORE_HTTPS_PORTS) on every address, else its default.
    /// </summary>
    internal static string BrowserUrls(IConfiguration config)
    {
        if (config["urls"] is { Length: > 0 } urls) return urls;
        var ports = Ports(config["http_ports"], "http").Concat(Ports(config["https_ports"], "https")).ToList();
        return ports.Count > 0 ? string.Join(';', ports) : "http://localhost:5000";
    }

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{scheme}://*:{port}");

    public static WebApplication MapStationAgents(this WebApplication app)
    {
        app.MapGrpcService<StationGateway>().AllowAnonymous(); // the agent's secret is checked by the gateway itself
        return app;
    }
}
