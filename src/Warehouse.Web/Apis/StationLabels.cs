using Warehouse.Core.Orders;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Apis;

/// <summary>
/// The ZPL of a parcel packed at the calling station, for the label image on the station screen
/// (wwwroot/js/labels.js draws it in the browser). A station sees only its own parcels: the
/// label carries the recipient's address.
/// </summary>
public static class StationLabels
{
    public const string Path = "/station/labels";

    public static WebApplication MapStationLabels(this WebApplication app)
    {
        app.MapGet(Path + "/{trackingNumber}", async (string trackingNumber, HttpContext http, OrderQueries orders, CancellationToken ct) =>
        {
            if (http.User.FindFirst(FloorSchemes.StationClaim)?.Value is not { } station) return Results.NotFound();
            var zpl = await orders.LabelAsync(trackingNumber, packedAt: station, ct);
            // Addresses are removed after the retention period; the label goes with them.
            if (string.IsNullOrEmpty(zpl)) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(zpl, "text/plain; charset=utf-8");
        }).RequireAuthorization(FloorPolicies.Station);
        return app;
    }

    public static string For(string trackingNumber) => $"{Path}/{Uri.EscapeDataString(trackingNumber)}";
}
