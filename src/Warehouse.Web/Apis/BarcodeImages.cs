using Warehouse.Core.Barcodes;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Apis;

/// <summary>Code 128 as PNG for printable sheets (pick tickets, command barcodes): drawn on the server, no script needed.</summary>
public static class BarcodeImages
{
    public static WebApplication MapBarcodeImages(this WebApplication app)
    {
        app.MapGet("/barcodes/code128.png", (string? data) =>
        {
            // One rule for what a Code 128 image may carry: 1–80 printable ASCII characters.
            if (BarcodeSymbol.Code128Refusal(data) is { } reason)
                return Results.Problem(reason, statusCode: StatusCodes.Status400BadRequest);
            return Results.File(BarcodeImage.Code128Png(data!), "image/png");
        }).RequireAuthorization(FloorPolicies.HubClient);
        return app;
    }
}
