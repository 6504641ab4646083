using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Web.Apis;

public static class ParcelsApi
{
    public static RouteGroupBuilder MapParcelsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/parcels/{trackingNumber}/label", async (string trackingNumber, IDbContextFactory<WarehouseDb> dbs, CancellationToken ct) =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var zpl = await db.Parcels.AsNoTracking().Where(p => p.TrackingNumber == trackingNumber).Select(p => p.LabelZpl).FirstOrDefaultAsync(ct);
            return zpl is null
                ? Results.Problem($"No parcel {trackingNumber}.", statusCode: StatusCodes.Status404NotFound)
                : Results.Text(zpl, "text/plain; charset=utf-8");
        }).WithTags("Parcels");
        return api;
    }
}
