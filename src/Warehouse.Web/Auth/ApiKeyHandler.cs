using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

/// <summary>Integrations send <c>X-Api-Key</c>. Valid keys are remembered for a short while so a scan burst does not re-check each time.</summary>
internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeys keys, ApiKeyCache cache, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? key = Request.Headers[Header];
        // Browsers cannot set headers on WebSocket requests: the hub also takes the key as a query value.
        if (string.IsNullOrEmpty(key) && Request.Path.StartsWithSegments("/hubs")) key = Request.Query["api_key"];
        if (string.IsNullOrEmpty(key)) return AuthenticateResult.NoResult();
        if (key.Length > 200) return AuthenticateResult.Fail("API key too long.");

        var hash = Secrets.HashToken(key);
        var now = time.GetUtcNow();
        if (!cache.TryGet(hash, now, out var grant))
        {
            grant = await keys.UseAsync(hash, Context.RequestAborted);
            if (grant is null) return AuthenticateResult.Fail("Unknown or revoked API key.");
            cache.Remember(hash, grant, now);
        }
        Claim[] claims =
        [
            new(ClaimTypes.Name, grant!.Name),
            new(ApiKeyClaims.Integration, grant.Name),
            new(ApiKeyClaims.KeyId, grant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. grant.Scopes.Select(s => new Claim(ApiKeyClaims.Scope, s)),
            .. grant.Stations.Select(s => new Claim(ApiKeyClaims.Station, s)),
        ];
        var identity = new ClaimsIdentity(claims, FloorSchemes.ApiKey);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A page that also lets integrations in (pick ticket, manifest) is still a page: a person's browser
        // asking for it is sent to sign in by the person scheme, and a 401 here would overwrite that redirect.
        // Images, documents and API calls without a key keep their 401.
        if (!IsMachinePath(Request.Path) && !Request.Headers.ContainsKey(Header) && AsksForAPage(Request)) return Task.CompletedTask;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return Task.CompletedTask;
    }

    private static bool AsksForAPage(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/openapi");
}

/// <summary>What an API key's caller carries: its name, its scopes, the stations it may drive (none: all).</summary>
public static class ApiKeyClaims
{
    public const string Integration = "integration";
    public const string KeyId = "api_key_id";
    public const string Scope = "scope";
    public const string Station = "api_station";
}

/// <summary>
/// Valid keys for 30 seconds, so a scan burst does not read the database each time. A revoke on
/// this instance empties it at once; other instances hear of it through the revoke's fact, and
/// at worst stop the key when its 30 seconds run out.
/// </summary>
internal sealed class ApiKeyCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ApiKeyGrant Grant, DateTimeOffset Until)> _keys = new();

    public bool TryGet(string hash, DateTimeOffset now, out ApiKeyGrant? grant)
    {
        grant = null;
        if (!_keys.TryGetValue(hash, out var entry) || entry.Until < now) return false;
        grant = entry.Grant;
        return true;
    }

    public void Remember(string hash, ApiKeyGrant grant, DateTimeOffset now) => _keys[hash] = (grant, now + Lifetime);

    /// <summary>A key was revoked: only its hash's owner knows which entry, so all are asked again.</summary>
    public void Clear() => _keys.Clear();
}
