using Microsoft.AspNetCore.Routing.Patterns;
using Warehouse.Core.Staff;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Apis;

/// <summary>
/// Which scope each door of the API needs, decided in one place for every endpoint of a group, so a
/// new endpoint cannot be left open to every key: reads need <c>read</c>; writes need the scope of
/// their route below, and any write not named here needs <c>floor:manage</c>.
/// </summary>
public static class ApiDoors
{
    private static readonly (string Prefix, string Scope)[] Writes =
    [
        ("/api/orders", ApiScopes.OrdersImport),
        ("/api/stations/{station}/scans", ApiScopes.StationsDrive),
    ];

    public static TBuilder RequireKeyScopes<TBuilder>(this TBuilder group) where TBuilder : IEndpointConventionBuilder
    {
        group.Add(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route) return;
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var scope = ScopeOf(methods, route.RoutePattern);
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(ApiScopeRequirement.PolicyName(scope)));
        });
        return group;
    }

    public static string ScopeOf(IReadOnlyCollection<string> methods, RoutePattern pattern)
    {
        if (methods.Count > 0 && methods.All(m => m is "GET" or "HEAD")) return ApiScopes.Read;
        var path = "/" + (pattern.RawText ?? "").Trim('/');
        return Writes.FirstOrDefault(w => path.StartsWith(w.Prefix, StringComparison.OrdinalIgnoreCase)).Scope ?? ApiScopes.FloorManage;
    }
}
