using Microsoft.Extensions.Options;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Waves;

namespace Warehouse.Web.Apis;

/// <summary>Waves and pick lists for shops that automate their release (docs/picking.md).</summary>
public static class PickingApi
{
    public sealed record PickListsDto(IReadOnlyList<PickListRowDto> PickLists);

    public sealed record PickListRowDto(int Id, string Number, string Wave, string Zone, string State, DateTime CreatedUtc,
        int Orders, int Lines, int Units, int Picked, long RouteLengthMm, long SShapeLengthMm);

    public sealed record PickListDto(int Id, string Number, string Wave, string Zone, string State, DateTime CreatedUtc, DateTime? DoneUtc,
        RouteDto Route, IReadOnlyList<PickToteView> Totes, IReadOnlyList<PickStopDto> Stops);

    public sealed record RouteDto(string Method, long LengthMm, long SShapeLengthMm, long LargestGapLengthMm, long SavedOnSShapeMm, long SavedOnLargestGapMm);

    public sealed record PickStopDto(int Sequence, string Location, string Sku, string Name, int Quantity, int Picked, int Shorted,
        int ToteSlot, string OrderNumber, string? Lot, DateOnly? Expiry);

    public static RouteGroupBuilder MapPickingApi(this RouteGroupBuilder api)
    {
        api.MapPost("/waves/preview", PreviewAsync).WithTags("Picking");
        api.MapPost("/waves", ReleaseAsync).WithTags("Picking");
        api.MapGet("/picklists", async (PickListQueries lists, CancellationToken ct) =>
            TypedResults.Ok(new PickListsDto((await lists.RecentAsync(100, ct)).Select(r => new PickListRowDto(
                r.Id, r.Number, r.Wave, r.Zone, r.State.ToString(), r.CreatedUtc, r.Orders, r.Lines, r.Units, r.Picked, r.RouteLengthMm, r.SShapeLengthMm)).ToList())))
            .WithTags("Picking");
        api.MapGet("/picklists/{id}", FindAsync).WithTags("Picking");
        return api;
    }

    private static async Task<IResult> FindAsync(string id, PickListQueries lists, CancellationToken ct)
    {
        if (PickListQueries.ParseId(id) is null) return JsonBody.Invalid("id", "A pick list id (42) or number (PL-000042).");
        if (await lists.FindAsync(id, ct) is not { } l) return TypedResults.NotFound();
        return TypedResults.Ok(new PickListDto(l.Id, l.Number, l.Wave, l.Zone, l.State.ToString(), l.CreatedUtc, l.DoneUtc,
            new RouteDto(l.Method, l.RouteLengthMm, l.SShapeLengthMm, l.LargestGapLengthMm, l.SShapeLengthMm - l.RouteLengthMm, l.LargestGapLengthMm - l.RouteLengthMm),
            l.Totes,
            l.Stops.Select(s => new PickStopDto(s.Sequence, s.Location, s.Sku, s.Name, s.Quantity, s.Picked, s.Shorted, s.ToteSlot, s.OrderNumber,
                s.Lot.Length == 0 ? null : s.Lot, s.Expiry)).ToList()));
    }

    private static async Task<IResult> PreviewAsync(HttpRequest request, WaveRelease waves, IOptions<PickingOptions> options, CancellationToken ct)
    {
        var (selection, problem) = await SelectionAsync(request, waves, options.Value, ct);
        if (problem is not null) return problem;
        return TypedResults.Ok(await waves.PreviewAsync(selection!, ct));
    }

    private static async Task<IResult> ReleaseAsync(HttpRequest request, WaveRelease waves, IOptions<PickingOptions> options, CancellationToken ct)
    {
        var (selection, problem) = await SelectionAsync(request, waves, options.Value, ct);
        if (problem is not null) return problem;
        return await waves.ReleaseAsync(selection!, supervisorId: null, progress: null, ct) switch
        {
            WaveOutcome.Released r => TypedResults.Created($"/api/waves/{r.Wave.Number}", r.Wave),
            WaveOutcome.Empty e => TypedResults.Problem(e.Why, statusCode: StatusCodes.Status409Conflict),
            WaveOutcome.Invalid i => TypedResults.ValidationProblem(i.Problems, detail: "Nothing was released."),
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<(WaveSelection?, IResult?)> SelectionAsync(HttpRequest request, WaveRelease waves, PickingOptions options, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<WaveRequest>(request, ct);
        if (problem is not null) return (null, problem);
        var check = new WaveCheck(options);
        var selection = check.Run(body!);
        if (selection is null) return (null, TypedResults.ValidationProblem(check.Problems, detail: "Nothing was released."));
        if (selection.OrderNumbers is { } numbers && await waves.RefusedNamesAsync(numbers, ct) is { Count: > 0 } refused)
            return (null, TypedResults.ValidationProblem(refused, detail: "A wave of named orders is all of them or none; nothing was released."));
        return (selection, null);
    }
}
