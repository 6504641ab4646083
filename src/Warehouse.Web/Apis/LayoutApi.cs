using Warehouse.Core.Stock;

namespace Warehouse.Web.Apis;

/// <summary>The floor's geometry in millimetres: what the router walks, for handhelds and planning tools.</summary>
public static class LayoutApi
{
    public sealed record LayoutDto(IReadOnlyList<ZoneDto> Zones);

    public sealed record ZoneDto(string Code, string Name, string Kind, int Blocks, long AisleLengthMm, IReadOnlyList<AisleDto> Aisles,
        IReadOnlyList<CrossAisleDto> CrossAisles, PointDto Depot, IReadOnlyList<LocationDto> Locations);

    /// <summary>Index counts from 0 (the router's); number is the one printed in location codes.</summary>
    public sealed record AisleDto(int Index, int Number, long XMm);

    public sealed record CrossAisleDto(string Name, long YMm);

    public sealed record PointDto(long XMm, long YMm);

    public sealed record LocationDto(string Code, int Aisle, long XMm, long YMm, string Side, int Level, bool PickFace, bool BlockedForPicking);

    public static RouteGroupBuilder MapLayoutApi(this RouteGroupBuilder api)
    {
        api.MapGet("/layout", async (LayoutQueries layout, CancellationToken ct) =>
            TypedResults.Ok(new LayoutDto((await layout.ZonesAsync(ct)).Select(Zone).ToList()))).WithTags("Stock");
        api.MapPost("/layout/zones", ImportZoneAsync).WithTags("Stock");
        api.MapGet("/layout/locations/{code}/label", LocationLabelAsync).WithTags("Stock");
        return api;
    }

    /// <summary>A new zone with its locations (blocked for picking until counted); all of it or nothing.</summary>
    private static async Task<IResult> ImportZoneAsync(HttpRequest request, ZoneImport import, CancellationToken ct)
    {
        var (input, problem) = await JsonBody.ReadAsync<ImportedZone>(request, ct);
        if (problem is not null) return problem;
        return await import.ImportAsync(input!, ct) switch
        {
            ZoneImportOutcome.Created c => TypedResults.Created("/api/layout", new { zone = c.Code, locations = c.Locations }),
            ZoneImportOutcome.Duplicate d => TypedResults.Problem($"Zone {d.Code} already exists.", statusCode: StatusCodes.Status409Conflict),
            ZoneImportOutcome.Invalid i => TypedResults.ValidationProblem(i.Problems, detail: "Nothing was stored."),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>The shelf label of one location as ZPL (100×50 mm): its code big and as Code 128, zone, side and level.</summary>
    private static async Task<IResult> LocationLabelAsync(string code, int? dpi, StockLabels labels, CancellationToken ct)
    {
        if (!LocationCode.TryParse(code, out var location))
            return ShelfLabels.Malformed("A location code is zone-aisle-bay-level, such as A-03-12-2.");
        if (ShelfLabels.Stock(dpi, out var stock) is { } problem) return problem;
        return ShelfLabels.Zpl(await labels.LocationAsync(location, stock, ct), $"No location {location}.");
    }

    private static ZoneDto Zone(ZoneLayout z) => new(
        z.Code, z.Name, z.Kind.ToString(), z.Blocks, z.AisleLengthMm,
        z.AisleXMm.Select((x, i) => new AisleDto(i, i + 1, x)).ToList(),
        z.CrossAisleYMm.Select((y, i) => new CrossAisleDto(i == 0 ? "front" : i == z.CrossAisleYMm.Count - 1 ? "back" : "middle", y)).ToList(),
        new PointDto(z.DepotXMm, z.DepotYMm),
        z.Locations.Select(l => new LocationDto(l.Code, l.Aisle, l.XMm, l.YMm, l.Side.ToString(), l.Level, l.IsPickFace, l.BlockedForPicking)).ToList());
}
