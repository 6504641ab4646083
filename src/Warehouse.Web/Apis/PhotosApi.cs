using System.Security.Claims;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Warehouse.Core.Photos;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Apis;

/// <summary>
/// Evidence photos over plain HTTP (a Blazor circuit is no place for megabytes): the image is the
/// raw body, what it shows is in the query. Stations and people signed in on the floor send them
/// from the browser (js/photo-capture.js), integrations with their API key.
/// </summary>
public static class PhotosApi
{
    public sealed record PhotoDto(Guid Id, string Url, string Purpose, string? Order, string? Station, string ContentType, long Bytes, string Sha256, DateTime TakenAtUtc,
        string? Rma = null, int? Unit = null);

    public static WebApplication MapPhotosApi(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<PhotoStore>();
        var photos = app.MapGroup("/api/photos").RequireAuthorization(FloorPolicies.SignedIn).RequireKeyScopes().WithTags("Photos");
        photos.MapPost("", StoreAsync)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Not .Accepts(…): its content-type matching would answer another type with a bare status, not words.
                var binary = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The photo's bytes: a JPEG, PNG or WebP image.",
                    Content = ImageCheck.Types.ToDictionary(t => t, _ => binary),
                };
                return Task.CompletedTask;
            })
            .WithMetadata(new BodySizeLimit.Limit(store.MaxBytes, store.TooLarge));
        photos.MapGet("/{id:guid}", FindAsync);
        return app;
    }

    /// <summary>POST /api/photos?purpose=QcFailure&amp;order=…&amp;uploadId=… with the image as the body; a return's photo adds &amp;rma=…&amp;unit=….</summary>
    private static async Task<IResult> StoreAsync(HttpContext http, PhotoStore store, string? purpose, string? order, string? uploadId, string? station,
        string? rma, string? unit, CancellationToken ct)
    {
        if (!Enum.TryParse<PhotoPurpose>(purpose, ignoreCase: true, out var why) || !Enum.IsDefined(why) || purpose!.Any(char.IsDigit))
            return JsonBody.Invalid("purpose", $"The purpose is one of {string.Join(", ", Enum.GetNames<PhotoPurpose>())}.");
        int? unitId = null;
        if (!string.IsNullOrEmpty(unit))
        {
            // Bound by hand: a bad number is named in words, not answered with a bare 400.
            if (!int.TryParse(unit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
                return JsonBody.Invalid("unit", "A unit is named by its number.");
            unitId = id;
        }
        var user = http.User;
        var upload = new PhotoUpload(
            uploadId ?? http.Request.Headers["X-Upload-Id"].ToString(), why, order,
            user.FindFirst(FloorSchemes.StationClaim)?.Value ?? station, TakenBy(user),
            MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ? type.MediaType.Value!.ToLowerInvariant() : "nothing",
            rma, unitId);
        PhotoOutcome outcome;
        try
        {
            outcome = await store.StoreAsync(upload, http.Request.Body, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel stopped the body at the cap (BodySizeLimit) before the store counted past it.
            return TypedResults.Problem(store.TooLarge, statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        return outcome switch
        {
            PhotoOutcome.Stored { Again: false } s => TypedResults.Created(Url(s.Photo), Dto(s.Photo)),
            PhotoOutcome.Stored s => TypedResults.Ok(Dto(s.Photo)),
            PhotoOutcome.Refused r => r.Reason switch
            {
                PhotoRefusal.Invalid => JsonBody.Invalid(r.Field, r.Message),
                PhotoRefusal.UnknownOrder or PhotoRefusal.UnknownStation or PhotoRefusal.UnknownReturn => TypedResults.Problem(r.Message, statusCode: StatusCodes.Status422UnprocessableEntity),
                PhotoRefusal.TooLarge => TypedResults.Problem(r.Message, statusCode: StatusCodes.Status413PayloadTooLarge),
                PhotoRefusal.NotThatImage => TypedResults.Problem(r.Message, statusCode: StatusCodes.Status415UnsupportedMediaType),
                PhotoRefusal.UploadIdTaken => TypedResults.Problem(r.Message, statusCode: StatusCodes.Status409Conflict),
                _ => throw new InvalidOperationException($"No answer for {r.Reason}."),
            },
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>GET /api/photos/{id}: the image with its stored type, never sniffed into something else.</summary>
    private static async Task<IResult> FindAsync(Guid id, HttpContext http, PhotoStore store, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } found || !File.Exists(found.Path))
            return TypedResults.Problem($"No photo {id}.", statusCode: StatusCodes.Status404NotFound);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store"; // evidence about customers' orders: not on shared handhelds' disks
        return TypedResults.PhysicalFile(found.Path, found.Photo.ContentType);
    }

    /// <summary>Who sent it: the person, else the station, else the integration.</summary>
    private static string TakenBy(ClaimsPrincipal user) =>
        user.FindFirst(FloorSchemes.OperatorIdClaim) is { } person ? "operator:" + person.Value
        : user.FindFirst(FloorSchemes.StationClaim) is { } place ? "station:" + place.Value
        : "apikey:" + user.FindFirst("integration")?.Value;

    private static string Url(Photo photo) => $"/api/photos/{photo.Id}";

    private static PhotoDto Dto(Photo p) =>
        new(p.Id, Url(p), p.Purpose.ToString(), p.OrderNumber, p.StationCode, p.ContentType, p.Length, p.Sha256, p.TakenAtUtc, p.ReturnNumber, p.ReturnUnitId);
}
