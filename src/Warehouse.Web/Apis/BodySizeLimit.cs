using Microsoft.AspNetCore.Http.Features;

namespace Warehouse.Web.Apis;

/// <summary>Caps API request bodies before anything reads them; Kestrel then stops an oversized stream itself.</summary>
internal static class BodySizeLimit
{
    public static IApplicationBuilder UseApiBodySizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            if (context.Request.ContentLength > JsonBody.MaxBytes)
            {
                await TypedResults.Problem($"The body is larger than {JsonBody.MaxBytes / 1000} kB.", statusCode: StatusCodes.Status413PayloadTooLarge)
                    .ExecuteAsync(context);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = JsonBody.MaxBytes;
        }
        await next(context);
    });
}
