using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Warehouse.Web.Auth;

/// <summary>Pages send people to sign in; the API and the hub answer 401/403 instead of redirecting.</summary>
internal sealed class PersonCookieEvents : CookieAuthenticationEvents
{
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
