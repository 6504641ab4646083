using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Warehouse.Web.Auth;

/// <summary>Merges the person cookie and the station cookie into one user; challenges send people to the sign-in page.</summary>
internal sealed class FloorIdentityHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identities = new List<ClaimsIdentity>();
        foreach (var scheme in (string[])[FloorSchemes.Person, FloorSchemes.Station])
        {
            var result = await Context.AuthenticateAsync(scheme);
            if (result.Succeeded) identities.AddRange(result.Principal.Identities);
        }
        return identities.Count == 0
            ? AuthenticateResult.NoResult()
            : AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identities), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.ChallengeAsync(FloorSchemes.Person, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.ForbidAsync(FloorSchemes.Person, properties);
}
