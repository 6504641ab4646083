namespace Warehouse.Web.Agents;

/// <summary>
/// The agents' port serves the agents' gRPC service and nothing else, and the gRPC service is on
/// no other port: a firewall rule that opens 5081 to the floor network must not open the pages and
/// the API with it.
/// </summary>
public static class AgentPort
{
    /// <summary>Every call of the agents' service starts with this path: /package.Service/Method.</summary>
    public const string ServicePath = "/warehouse.station.StationLink";

    public static IApplicationBuilder UseAgentPortForAgentsOnly(this IApplicationBuilder app)
    {
        var endpoint = app.ApplicationServices.GetRequiredService<AgentEndpoint>();
        return app.Use(async (http, next) =>
        {
            var onAgentPort = endpoint.BoundPort is { } port && http.Connection.LocalPort == port;
            if (onAgentPort != http.Request.Path.StartsWithSegments(ServicePath))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(http);
        });
    }
}
