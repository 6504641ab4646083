using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

/// <summary>
/// A key without the scope gets 403 with a problem that says which scope (or which stations) it
/// lacks, so whoever wires the integration knows what to ask the admin for.
/// </summary>
internal sealed class ApiScopeRefusal : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && context.User.HasClaim(c => c.Type == ApiKeyClaims.Integration)
            && result.AuthorizationFailure?.FailedRequirements.OfType<ApiScopeRequirement>().FirstOrDefault() is { } missing)
        {
            var detail = missing.Scope == ApiScopes.StationsDrive && context.User.HasClaim(ApiKeyClaims.Scope, ApiScopes.StationsDrive)
                ? $"This API key may drive only the stations {string.Join(", ", context.User.FindAll(ApiKeyClaims.Station).Select(c => c.Value))}."
                : $"This API key lacks the scope '{missing.Scope}'. An admin can make a key with it at /admin/api-keys.";
            await Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden by the key's scopes").ExecuteAsync(context);
            return;
        }
        await _default.HandleAsync(next, context, policy, result);
    }
}
