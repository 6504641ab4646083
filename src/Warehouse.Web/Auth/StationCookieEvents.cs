using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Auth;

/// <summary>A station cookie is only good while its credential is the station's current one (re-enrolment revokes it).</summary>
internal sealed class StationCookieEvents(StationEnrolment enrolment) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var station = context.Principal?.FindFirst(FloorSchemes.StationClaim)?.Value;
        var token = context.Principal?.FindFirst(FloorSchemes.StationTokenClaim)?.Value;
        if (station is null || token is null || !await enrolment.IsValidAsync(station, token, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
