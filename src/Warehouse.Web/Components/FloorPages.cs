using Microsoft.AspNetCore.Authentication;
using Warehouse.Web.Auth;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Components;

public static class FloorPages
{
    public static IHostApplicationBuilder AddFloorPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapFloorPages(this WebApplication app)
    {
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(FloorSchemes.Person);
            return Results.LocalRedirect("/login");
        });
        app.MapLanguageChoice();
        return app;
    }
}
