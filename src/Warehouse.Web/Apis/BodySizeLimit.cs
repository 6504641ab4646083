using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Warehouse.Web.Apis;

/// <summary>
/// Caps API request bodies before anything reads them; Kestrel then stops an oversized stream itself.
/// JSON and CSV bodies get <see cref="JsonBody.MaxBytes"/>; an endpoint with a <see cref="Limit"/>
/// (photos) its own. A declared length over the cap is answered 413 without reading a byte.
/// </summary>
internal static class BodySizeLimit
{
    /// <summary>An endpoint's own cap and the words for a body over it.</summary>
    public sealed record Limit(long MaxBytes, string Refusal) : IRequestSizeLimitMetadata
    {
        long? IRequestSizeLimitMetadata.MaxRequestBodySize => MaxBytes;
    }

    private static readonly Limit ApiDefault = new(JsonBody.MaxBytes, $"The body is larger than {JsonBody.MaxBytes / 1000} kB.");

    public static IApplicationBuilder UseApiBodySizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<Limit>() ?? ApiDefault;
            if (context.Request.ContentLength > limit.MaxBytes)
            {
                await TypedResults.Problem(limit.Refusal, statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                feature.MaxRequestBodySize = limit.MaxBytes;
        }
        await next(context);
    });
}
