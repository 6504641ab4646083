using Microsoft.AspNetCore.Authorization;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

/// <summary>
/// An API key needs the scope of the door it knocks on; a <c>stations:drive</c> key limited to named
/// stations drives only those. People and stations pass: their own policies (roles, enrolment) limit them.
/// </summary>
public sealed record ApiScopeRequirement(string Scope) : IAuthorizationRequirement
{
    public static string PolicyName(string scope) => "api-scope:" + scope;
}

internal sealed class ApiScopeHandler : AuthorizationHandler<ApiScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiScopeRequirement requirement)
    {
        var user = context.User;
        if (!user.HasClaim(c => c.Type == ApiKeyClaims.Integration))
        {
            if (user.Identity?.IsAuthenticated == true) context.Succeed(requirement);
            return Task.CompletedTask;
        }
        if (!user.HasClaim(ApiKeyClaims.Scope, requirement.Scope)) return Task.CompletedTask;
        if (requirement.Scope == ApiScopes.StationsDrive && !MayDrive(context))
            return Task.CompletedTask;
        context.Succeed(requirement);
        return Task.CompletedTask;
    }

    private static bool MayDrive(AuthorizationHandlerContext context)
    {
        var stations = context.User.FindAll(ApiKeyClaims.Station).Select(c => c.Value).ToList();
        if (stations.Count == 0) return true;
        var station = (context.Resource as HttpContext)?.GetRouteValue("station") as string;
        return station is not null && stations.Contains(station.ToUpperInvariant());
    }
}
