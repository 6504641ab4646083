using Warehouse.Web.Auth;

namespace Warehouse.Web.Apis;

public static class IntegrationApi
{
    /// <summary>The HTTP API for the shop and other systems: every call needs an API key.</summary>
    public static WebApplication MapIntegrationApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(FloorPolicies.Integration).RequireKeyScopes();
        api.MapOrdersApi().MapCatalogApi().MapParcelsApi().MapStationsApi().MapLayoutApi().MapCarriersApi().MapStockApi().MapPickingApi().MapDeliveriesApi().MapManifestsApi().MapNoticesApi();
        // Photos come from the floor's browsers as well as from integrations: a policy of their own.
        app.MapPhotosApi();
        app.MapOpenApi().RequireAuthorization(FloorPolicies.HubClient);
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous();
        return app;
    }
}
