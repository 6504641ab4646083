using Warehouse.Core.Orders;

namespace Warehouse.Web.Apis;

public static class ParcelsApi
{
    public static RouteGroupBuilder MapParcelsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/parcels/{trackingNumber}/label", async (string trackingNumber, OrderQueries orders, CancellationToken ct) =>
        {
            var zpl = await orders.LabelAsync(trackingNumber, ct: ct);
            return zpl is null
                ? Results.Problem($"No parcel {trackingNumber}.", statusCode: StatusCodes.Status404NotFound)
                : Results.Text(zpl, "text/plain; charset=utf-8");
        }).WithTags("Parcels");
        return api;
    }
}
