using Warehouse.Core.Packing;
using Warehouse.Web.Localization;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Apis;

public static class StationsApi
{
    public sealed record ScanBody(string? Id, string? Code);

    public sealed record ScanAnswer(string Outcome, bool Accepted, string MessageCode, string[] Args, string Message, string NextCode, string Next);

    public static RouteGroupBuilder MapStationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/stations/{station}/scans", async (string station, HttpRequest request, StationPipeline pipeline, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<ScanBody>(request, ct);
            if (problem is not null) return problem;
            if (!ScanIds.IsValid(body!.Id)) return JsonBody.Invalid("id", $"A scan id is 1 to {ScanIds.MaxLength} printable ASCII characters.");
            if (body.Code is null) return JsonBody.Invalid("code", "Required (an empty string is a scan too, and is refused as such).");
            try
            {
                var result = await pipeline.ScanAsync(new ScanRequest(station, body.Id!, body.Code), ct);
                return TypedResults.Ok(Answer(result, request));
            }
            catch (UnknownStationException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
            }
        }).WithTags("Stations");
        return api;
    }

    public static ScanAnswer Answer(ScanResult result, HttpRequest request)
    {
        var language = FloorText.Normalize(request.Query["lang"]);
        return new ScanAnswer(result.Outcome.ToString(), result.Accepted, result.Message.Code, result.Message.Args,
            FloorText.Translate(result.Message, language), result.Next.Code, FloorText.Translate(result.Next, language));
    }
}
