using Warehouse.Core.Shipping.Dock;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Shipping;

/// <summary><c>GET /dock/manifests/{number}/carrier.pdf</c>: the carrier's own handover document, when its API returned one.</summary>
public static class ManifestDocuments
{
    public static WebApplication MapManifestDocuments(this WebApplication app)
    {
        app.MapGet("/dock/manifests/{number}/carrier.pdf", async (string number, ManifestQueries manifests, CancellationToken ct) =>
        {
            // A malformed number is looked up nowhere; it gets the same answer as an unknown one.
            if (!ManifestQueries.IsWellFormed(number) || await manifests.CarrierDocumentAsync(number, ct) is not { } pdf)
                return Results.Problem("No carrier document for this manifest.", statusCode: StatusCodes.Status404NotFound);
            return Results.File(pdf, "application/pdf", $"{number}-carrier.pdf");
        }).RequireAuthorization(FloorPolicies.HubClient).ExcludeFromDescription();
        return app;
    }
}
