using System.Text.Json;

namespace Warehouse.Web.Apis;

/// <summary>
/// Reads a JSON body ourselves, so a broken body gets a message that says where it broke
/// instead of a bare 400.
/// </summary>
internal static class JsonBody
{
    public const long MaxBytes = 1_000_000;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (request.ContentLength > MaxBytes)
            return (null, TypedResults.Problem($"The body is larger than {MaxBytes / 1000} kB.", statusCode: StatusCodes.Status413PayloadTooLarge));
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem("Send the body as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        try
        {
            var value = await request.ReadFromJsonAsync<T>(ct);
            return value is null
                ? (null, Invalid("body", "The body is empty or null."))
                : (value, null);
        }
        catch (JsonException e) when (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            // [JsonUnmappedMemberHandling(Disallow)]: a field the contract does not have.
            var field = e.Path is { Length: > 2 } p ? p[2..] : "body";
            return (null, Invalid(field, $"Unknown field '{Clip(field)}': see the contract in the API document."));
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? $" at {path}" : "";
            return (null, Invalid("body", $"Malformed JSON{where} (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})."));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TypedResults.Problem($"The body is larger than {MaxBytes / 1000} kB.", statusCode: StatusCodes.Status413PayloadTooLarge));
        }
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;

    public static IResult Invalid(string field, string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] });
}
