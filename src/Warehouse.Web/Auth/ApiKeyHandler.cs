using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

/// <summary>Integrations send <c>X-Api-Key</c>. Valid keys are remembered for a short while so a scan burst does not re-check each time.</summary>
internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<WarehouseDb> dbs, ApiKeyCache cache, TimeProvider time)
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
        if (!cache.TryGet(hash, now, out var name))
        {
            await using var db = await dbs.CreateDbContextAsync(Context.RequestAborted);
            name = await db.ApiKeys.Where(k => k.KeyHash == hash && k.RevokedUtc == null).Select(k => k.Name).FirstOrDefaultAsync(Context.RequestAborted);
            if (name is null) return AuthenticateResult.Fail("Unknown or revoked API key.");
            cache.Remember(hash, name, now);
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name!), new Claim("integration", name!)], FloorSchemes.ApiKey);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A page that also lets integrations in (pick ticket, manifest) is still a page: a person without
        // a key is sent to sign in by the person scheme, and a 401 here would overwrite that redirect.
        if (!IsMachinePath(Request.Path) && !Request.Headers.ContainsKey(Header)) return Task.CompletedTask;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return Task.CompletedTask;
    }

    private static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/openapi");
}

/// <summary>Valid keys for 30 seconds: a revoked key stops working within that time.</summary>
internal sealed class ApiKeyCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (string Name, DateTimeOffset Until)> _keys = new();

    public bool TryGet(string hash, DateTimeOffset now, out string? name)
    {
        name = null;
        if (!_keys.TryGetValue(hash, out var entry) || entry.Until < now) return false;
        name = entry.Name;
        return true;
    }

    public void Remember(string hash, string name, DateTimeOffset now) => _keys[hash] = (name, now + Lifetime);
}
