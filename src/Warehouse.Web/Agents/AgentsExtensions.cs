using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Warehouse.Web.Agents;

public static class AgentsExtensions
{
    /// <summary>The station agents' gRPC endpoint on its own HTTP/2 port ("Agents:Url"), and what it feeds.</summary>
    public static IHostApplicationBuilder AddStationAgents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgentsOptions>().BindConfiguration("Agents");
        var options = builder.Configuration.GetSection("Agents").Get<AgentsOptions>() ?? new AgentsOptions();
        builder.Services.AddGrpc(o => o.MaxReceiveMessageSize = options.MaxMessageBytes);
        builder.Services.AddSingleton<AgentSessions>();
        builder.Services.AddSingleton<AgentPrintFeed>();
        builder.Services.AddSingleton<AgentEndpoint>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IConfiguration, AgentEndpoint, IOptions<AgentsOptions>>((kestrel, config, endpoint, agents) =>
        {
            if (agents.Value.Url is { Length: > 0 } url)
                endpoint.Configure(kestrel, BrowserUrls(config), url);
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
