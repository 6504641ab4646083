using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

public static class FloorAuthExtensions
{
    public static IHostApplicationBuilder AddFloorAuth(this IHostApplicationBuilder builder)
    {
        builder.AddCookieKeys();
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddSingleton<People>();
        builder.Services.AddSingleton<PeopleQueries>();
        builder.Services.AddSingleton<PersonStamps>();
        builder.Services.AddHostedService<StaffChangesRelay>();
        builder.Services.AddScoped<CircuitHandler, PersonCircuits>();
        builder.Services.AddSingleton<IAuthorizationHandler, ApiScopeHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiScopeRefusal>();
        builder.Services.AddSingleton<Warehouse.Core.Staff.AccountSignIn>();
        builder.Services.AddSingleton<Warehouse.Core.Staff.PasswordCheck>();
        builder.Services.AddSingleton<SignInThrottle>();
        // X-Forwarded-For and -Proto count only from the proxies named in Proxy:KnownProxies (none by
        // default, not even loopback): anyone else could otherwise pick the address the throttle sees.
        // With none named the middleware is not used at all: given an empty list it would trust everyone.
        var proxies = (builder.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? []).Select(p =>
            System.Net.IPAddress.TryParse(p, out var address) ? address
            : throw new InvalidOperationException($"Proxy:KnownProxies: '{p}' is not an IP address.")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
        });
        builder.Services.AddSingleton(new KnownProxies(proxies));
        builder.Services.AddScoped<StationCookieEvents>();
        builder.Services.AddScoped<PersonCookieEvents>();
        builder.Services
            .AddAuthentication(FloorSchemes.Floor)
            .AddScheme<AuthenticationSchemeOptions, FloorIdentityHandler>(FloorSchemes.Floor, null)
            .AddCookie(FloorSchemes.Person, o =>
            {
                o.Cookie.Name = "wh.person";
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.EventsType = typeof(PersonCookieEvents);
            })
            .AddCookie(FloorSchemes.Station, o =>
            {
                o.Cookie.Name = "wh.station";
                o.ExpireTimeSpan = TimeSpan.FromDays(400);
                o.SlidingExpiration = true;
                o.EventsType = typeof(StationCookieEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(FloorSchemes.ApiKey, null);

        var policies = builder.Services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All)
            policies.AddPolicy(ApiScopeRequirement.PolicyName(scope), p => p
                .AddAuthenticationSchemes(FloorSchemes.Floor, FloorSchemes.ApiKey).AddRequirements(new ApiScopeRequirement(scope)));
        policies
            .AddPolicy(FloorPolicies.Station, p => p.RequireClaim(FloorSchemes.StationClaim))
            .AddPolicy(FloorPolicies.Supervisor, p => p.RequireRole(nameof(Role.Supervisor), nameof(Role.Admin)))
            .AddPolicy(FloorPolicies.Admin, p => p.RequireRole(nameof(Role.Admin)))
            .AddPolicy(FloorPolicies.Integration, p => p.AddAuthenticationSchemes(FloorSchemes.ApiKey).RequireClaim("integration"))
            .AddPolicy(FloorPolicies.SignedIn, p => p.AddAuthenticationSchemes(FloorSchemes.Floor, FloorSchemes.ApiKey).RequireAuthenticatedUser())
            .AddPolicy(FloorPolicies.HubClient, p => p
                .AddAuthenticationSchemes(FloorSchemes.Floor, FloorSchemes.ApiKey)
                .RequireAssertion(c => c.User.HasClaim(ApiKeyClaims.Scope, ApiScopes.Read) || c.User.HasClaim(x => x.Type == FloorSchemes.StationClaim)
                                       || c.User.IsInRole(nameof(Role.Supervisor)) || c.User.IsInRole(nameof(Role.Admin))));
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }
}

/// <summary>The proxies whose X-Forwarded-For is believed (Proxy:KnownProxies); empty: nobody's.</summary>
public sealed record KnownProxies(IReadOnlyList<System.Net.IPAddress> Addresses);

public static class KnownProxiesMiddleware
{
    /// <summary>Forwarded headers only when a proxy is configured (the middleware trusts anyone when told of none).</summary>
    public static IApplicationBuilder UseForwardedHeadersOfKnownProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<KnownProxies>().Addresses.Count > 0 ? app.UseForwardedHeaders() : app;
}
