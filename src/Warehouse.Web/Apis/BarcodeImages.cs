using Warehouse.Core.Barcodes;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Apis;

/// <summary>Code 128 as PNG for printable sheets (pick tickets, command barcodes): drawn on the server, no script needed.</summary>
public static class BarcodeImages
{
    private const int MaxData = 80;

    public static WebApplication MapBarcodeImages(this WebApplication app)
    {
        app.MapGet("/barcodes/code128.png", (string? data) =>
        {
            if (string.IsNullOrEmpty(data) || data.Length > MaxData || data.Any(c => c is < ' ' or > '~'))
                return Results.Problem($"Barcode data must be 1 to {MaxData} printable ASCII characters.", statusCode: StatusCodes.Status400BadRequest);
            return Results.File(BarcodeImage.Code128Png(data), "image/png");
        }).RequireAuthorization(FloorPolicies.HubClient);
        return app;
    }
}
