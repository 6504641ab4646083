using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

public static class FloorAuthExtensions
{
    public static IHostApplicationBuilder AddFloorAuth(this IHostApplicationBuilder builder)
    {
        builder.AddCookieKeys();
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddSingleton<Warehouse.Core.Staff.AccountSignIn>();
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

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(FloorPolicies.Station, p => p.RequireClaim(FloorSchemes.StationClaim))
            .AddPolicy(FloorPolicies.Supervisor, p => p.RequireRole(nameof(Role.Supervisor), nameof(Role.Admin)))
            .AddPolicy(FloorPolicies.Admin, p => p.RequireRole(nameof(Role.Admin)))
            .AddPolicy(FloorPolicies.Integration, p => p.AddAuthenticationSchemes(FloorSchemes.ApiKey).RequireClaim("integration"))
            .AddPolicy(FloorPolicies.HubClient, p => p
                .AddAuthenticationSchemes(FloorSchemes.Floor, FloorSchemes.ApiKey)
                .RequireAssertion(c => c.User.HasClaim(x => x.Type is "integration" or FloorSchemes.StationClaim)
                                       || c.User.IsInRole(nameof(Role.Supervisor)) || c.User.IsInRole(nameof(Role.Admin))));
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }
}
