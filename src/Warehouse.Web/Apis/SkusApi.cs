using System.Text.Json.Serialization;
using Microsoft.Net.Http.Headers;
using Warehouse.Core.Catalog;
using Warehouse.Core.Catalog.Import;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Apis;

/// <summary>
/// Catalog writes for the shop and other systems (docs/operations.md, "Catalog"): one SKU by
/// <c>PUT /api/skus/{sku}</c>, or a whole catalog CSV by <c>POST /api/skus/import</c> — the same
/// file and the same checks as the upload page. Behind the integration key like every write API.
/// </summary>
public static class SkusApi
{
    /// <summary>One SKU in whole grams and millimetres; the code is the one in the address.</summary>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    public sealed record SkuBody(string? Name, string? Gtin, long? WeightGrams, long? LengthMm, long? WidthMm, long? HeightMm, bool? Fragile, string? Category);

    public sealed record SkuImportDto(int Created, int Updated, int Unchanged);

    /// <summary>The catalog CSV may be larger than a JSON body: the file's own limit, said in its own words.</summary>
    private static readonly BodySizeLimit.Limit CsvLimit = new(SkuCsv.MaxBytes, $"The file is larger than {SkuCsv.MaxBytes / (1024 * 1024)} MB: split it.");

    public static RouteGroupBuilder MapSkusApi(this RouteGroupBuilder api)
    {
        api.MapPut("/skus/{sku}", PutAsync).WithTags("Catalog")
            .WithSummary("Creates or updates one SKU")
            .WithDescription("Idempotent: the same body again changes nothing. 201 when the SKU is new, 200 otherwise; every bad field is listed.")
            .Produces<CatalogApi.SkuDto>(StatusCodes.Status201Created).Produces<CatalogApi.SkuDto>().ProducesValidationProblem();
        api.MapPost("/skus/import", ImportAsync).WithTags("Catalog")
            .WithSummary("Imports a catalog CSV (text/csv)")
            .WithDescription("The file the upload page takes: ';' or ',', UTF-8 or Windows-1250, decimal commas. All rows or none; every bad row by line and column.")
            .WithMetadata(CsvLimit)
            .Produces<SkuImportDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    private static async Task<IResult> PutAsync(string sku, HttpRequest request, SkuImport import, CatalogQueries catalog, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<SkuBody>(request, ct);
        if (problem is not null) return problem;
        var (draft, problems) = SkuDraft.Check(new SkuDraft.Fields(sku, body!.Name, body.Gtin, body.WeightGrams, body.LengthMm, body.WidthMm, body.HeightMm, body.Fragile ?? false, body.Category),
            names: Field);
        if (draft is null) return Invalid(problems);
        return await import.ImportAsync([new SkuRow(0, draft)], "api", ct: ct) switch
        {
            SkuImportOutcome.Imported { Created: 1 } => TypedResults.Created($"/api/skus/{Uri.EscapeDataString(draft.Code)}", await DtoAsync(catalog, draft.Code, ct)),
            SkuImportOutcome.Imported => TypedResults.Ok(await DtoAsync(catalog, draft.Code, ct)),
            SkuImportOutcome.Invalid i => Invalid(i.Problems.Select(p => p with { Line = 0, Column = p.Column == "" ? "body" : Field(p.Column) })),
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, SkuImport import, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem("Send the catalog file as text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(CsvLimit.Refusal, statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var file = SkuCsv.Read(bytes);
        if (!file.CanImport) return Invalid(file.Problems.Count > 0 ? file.Problems : [new CatalogProblem(1, "", CatalogCodes.NoRows)]);
        return await import.ImportAsync(file.Rows, "api csv", ct: ct) switch
        {
            SkuImportOutcome.Imported i => TypedResults.Ok(new SkuImportDto(i.Created, i.Updated, i.Unchanged)),
            SkuImportOutcome.Invalid i => Invalid(i.Problems),
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<CatalogApi.SkuDto> DtoAsync(CatalogQueries catalog, string code, CancellationToken ct) =>
        CatalogApi.Dto((await catalog.SkuAsync(code, ct))!);

    /// <summary>The JSON body's names for the draft's fields.</summary>
    private static string Field(string field) => field switch
    {
        "weight" => "weightGrams",
        "length" => "lengthMm",
        "width" => "widthMm",
        "height" => "heightMm",
        _ => field,
    };

    /// <summary>The problems in English, as the rest of the API answers; the pages show the same codes in the reader's language.</summary>
    private static IResult Invalid(IEnumerable<CatalogProblem> problems)
    {
        var list = problems.ToList();
        return TypedResults.ValidationProblem(list.GroupBy(p => p.Where).ToDictionary(g => g.Key, g => g.Select(p => FloorText.Translate(p.Why, FloorText.English)).ToArray()),
            detail: $"{list.Count} problem(s); nothing was stored.");
    }
}
