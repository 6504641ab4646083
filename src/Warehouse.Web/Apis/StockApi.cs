using System.Text;
using Microsoft.Net.Http.Headers;
using Warehouse.Core.Stock;

namespace Warehouse.Web.Apis;

public static class StockApi
{
    public sealed record StockTakeDto(string Document, int Lines, int Units, int Locations);

    public static RouteGroupBuilder MapStockApi(this RouteGroupBuilder api)
    {
        api.MapPost("/stock/import", (HttpRequest request, StockTakeImport import, CancellationToken ct) =>
            CsvAsync(request, csv => import.ImportAsync(csv, ct), ct)).WithTags("Stock");
        api.MapPost("/stock/counts", (HttpRequest request, LocationRecount recount, CancellationToken ct) =>
            CsvAsync(request, csv => recount.CountAsync(csv, null, ct), ct)).WithTags("Stock");
        return api;
    }

    /// <summary>
    /// A stock-take or a recount as text/csv (docs/picking.md); all of it or none, problems by line and column.
    /// </summary>
    private static async Task<IResult> CsvAsync(HttpRequest request, Func<string, Task<StockTakeOutcome>> store, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem("Send the stock-take as text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        string csv;
        try
        {
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
            csv = await reader.ReadToEndAsync(ct);
        }
        catch (DecoderFallbackException)
        {
            return JsonBody.Invalid("body", "The file is not UTF-8 text.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem($"The body is larger than {JsonBody.MaxBytes / 1000} kB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        return await store(csv) switch
        {
            StockTakeOutcome.Imported i => TypedResults.Ok(new StockTakeDto(i.Document, i.Lines, i.Units, i.Locations)),
            StockTakeOutcome.Invalid i => TypedResults.ValidationProblem(
                i.Problems.GroupBy(p => p.Where).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                detail: $"{i.Problems.Count} problem(s); nothing was stored."),
            _ => throw new InvalidOperationException(),
        };
    }
}
