using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Warehouse.Web.Auth;

/// <summary>
/// Pages send people to sign in; the API and the hub answer 401/403 instead of redirecting. Every
/// request checks the cookie's security stamp: after a sign-out, a deactivation, a password reset or
/// a role change the cookie (and any copy of it) is refused.
/// </summary>
internal sealed class PersonCookieEvents(PersonStamps stamps) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not null && await stamps.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(FloorSchemes.Person);
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsMachineCall(context.Request) ? Status(context, 401) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        IsMachineCall(context.Request) ? Status(context, 403) : base.RedirectToAccessDenied(context);

    private static bool IsMachineCall(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
