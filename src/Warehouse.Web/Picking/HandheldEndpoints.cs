using Warehouse.Core.Picking;
using Warehouse.Core.Receiving;
using Warehouse.Core.Stations;
using Warehouse.Web.Apis;
using Warehouse.Web.Auth;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Picking;

/// <summary>
/// What the pick handheld's page (wwwroot/js/handheld.js) talks to, as the enrolled station it is: its
/// scans, queued on the device and sent by scan id (decided once however often they are sent), and its
/// open pick list. Plain HTTP, not a Blazor circuit: a circuit dies with the network; these wait for it.
/// </summary>
public static class HandheldEndpoints
{
    public const string Page = "/handheld";

    /// <summary>Sent by the page with every scan: a cross-site form cannot set it, so a scan comes from our script.</summary>
    public const string ScanHeader = "X-Warehouse-Scan";

    /// <param name="Desk">At a goods-in handheld (Receiving): its delivery and lines, or its put-back tasks.</param>
    public sealed record HandheldState(string Station, string Kind, string? Operator, string Language, PickListView? List, GoodsInDeskView? Desk);

    public static WebApplication MapHandheld(this WebApplication app)
    {
        var station = app.MapGroup("/station").RequireAuthorization(FloorPolicies.Station);
        station.MapPost("/scans", ScanAsync);
        station.MapGet("/picklist", StateAsync);
        return app;
    }

    private static async Task<IResult> ScanAsync(HttpContext http, StationPipeline pipeline, CancellationToken ct)
    {
        if (http.User.FindFirst(FloorSchemes.StationClaim)?.Value is not { } code) return Results.NotFound();
        if (!http.Request.Headers.ContainsKey(ScanHeader))
            return TypedResults.Problem($"Send scans from the handheld page (header {ScanHeader}).", statusCode: StatusCodes.Status400BadRequest);
        var (body, problem) = await JsonBody.ReadAsync<StationsApi.ScanBody>(http.Request, ct);
        if (problem is not null) return problem;
        if (!ScanIds.IsValid(body!.Id)) return JsonBody.Invalid("id", $"A scan id is 1 to {ScanIds.MaxLength} printable ASCII characters.");
        if (body.Code is null) return JsonBody.Invalid("code", "Required (an empty string is a scan too, and is refused as such).");
        var result = await pipeline.ScanAsync(new ScanRequest(code, body.Id!, body.Code), ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(StationsApi.Answer(result, http.Request));
    }

    private static async Task<IResult> StateAsync(HttpContext http, StationQueries stations, PickListQueries lists, DeliveryQueries deliveries, CancellationToken ct)
    {
        if (http.User.FindFirst(FloorSchemes.StationClaim)?.Value is not { } code) return Results.NotFound();
        if (await stations.FindAsync(code, ct) is not { } station) return Results.NotFound();
        var list = station.Kind == StationKind.Picking && station.TaskId is int id ? await lists.FindAsync(id, ct) : null;
        var desk = station.Kind == StationKind.Receiving ? await deliveries.DeskAsync(station.Code, station.TaskId, ct) : null;
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new HandheldState(station.Code, station.Kind.ToString(), station.Operator?.Name,
            FloorText.Normalize(station.Operator?.Language), list, desk));
    }
}
