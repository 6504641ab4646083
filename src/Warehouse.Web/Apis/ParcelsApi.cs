using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;

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
        api.MapPost("/parcels/{trackingNumber}/void", VoidAsync).WithTags("Parcels");
        return api;
    }

    /// <summary>Reason: for the audit. Relabel: make the box a new parcel and ask its carrier for a new label.</summary>
    public sealed record VoidRequest(string? Reason, bool Relabel = false);

    /// <summary>Cancels the parcel's shipment at its carrier (audited), and relabels the box when asked.</summary>
    private static async Task<IResult> VoidAsync(string trackingNumber, HttpRequest request, ParcelVoids voids, CancellationToken ct)
    {
        var (input, problem) = await JsonBody.ReadAsync<VoidRequest>(request, ct);
        if (problem is not null) return problem;
        if (input!.Reason is { Length: > 200 }) return JsonBody.Invalid("reason", "At most 200 characters.");
        if (input.Reason is { } r && r.Any(char.IsControl)) return JsonBody.Invalid("reason", "Control characters are not allowed.");
        var by = request.HttpContext.User.Identity?.Name ?? "api";
        return await voids.VoidAsync(trackingNumber, input.Relabel, by, input.Reason, ct) switch
        {
            VoidOutcome.Voided v => TypedResults.Ok(new { voided = v.TrackingNumber, relabelledAs = v.NewSscc }),
            VoidOutcome.NotFound => TypedResults.Problem("No such parcel.", statusCode: StatusCodes.Status404NotFound),
            VoidOutcome.Refused f => TypedResults.Problem(f.Reason, statusCode: StatusCodes.Status409Conflict),
            VoidOutcome.CarrierDown d => TypedResults.Problem($"The carrier did not answer: {d.Reason}. Nothing was voided; try again.", statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => throw new InvalidOperationException(),
        };
    }
}
