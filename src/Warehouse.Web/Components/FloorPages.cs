using Microsoft.AspNetCore.Authentication;
using Warehouse.Core.Staff;
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
        app.MapPost("/logout", async (HttpContext context, People people, PersonStamps stamps) =>
        {
            // A new stamp, not just a deleted cookie: a copy of the cookie (another tab, another
            // machine, a stolen one) stops working too, and the person's open pages close.
            if (int.TryParse(context.User.FindFirst(FloorSchemes.OperatorIdClaim)?.Value, out var id))
            {
                await people.SignOutEverywhereAsync(id, context.RequestAborted);
                stamps.Forget(id);
            }
            await context.SignOutAsync(FloorSchemes.Person);
            return Results.LocalRedirect("/login");
        });
        app.MapLanguageChoice();
        return app;
    }
}
