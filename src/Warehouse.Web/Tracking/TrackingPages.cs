using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Warehouse.Core.Labels;
using Warehouse.Core.Notifications;
using Warehouse.Core.Shipping;
using Warehouse.Web.Components.Pages.Tracking;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Tracking;

/// <summary>
/// The customers' public tracking page (docs/shipping.md, "Tracking page"): <c>GET /t/{number}</c>,
/// the search form <c>GET /t</c> and its <c>POST /t</c> (order number + postal code). Minimal
/// endpoints that render one static Razor component each time (<see cref="RazorComponentResult"/>):
/// no Blazor circuit, no script, and no cookie but the antiforgery one the search form needs.
/// </summary>
public static class TrackingPages
{
    public static IHostApplicationBuilder AddTrackingPage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrackingPageOptions>().BindConfiguration("Tracking").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ParcelTimeline>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, TrackingRateLimit>(TrackingRateLimit.Name);
        });
        // One tracking address: the label's QR goes where the notices link, unless a deployment still
        // sets Labels:TrackingUrlBase (or the older Packing:TrackingUrlBase) itself.
        builder.Services.AddOptions<LabelOptions>().Configure<IConfiguration>((labels, configuration) =>
        {
            if (configuration["Labels:TrackingUrlBase"] is null && configuration["Packing:TrackingUrlBase"] is null
                && configuration["Notices:TrackingBaseUrl"] is { Length: > 0 } site)
                labels.TrackingUrlBase = site.TrimEnd('/') + "/t/";
        });
        return builder;
    }

    public static WebApplication MapTrackingPage(this WebApplication app)
    {
        var pages = app.MapGroup("/t").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/", SearchForm);
        // The form's token is checked below, where a refusal can be a page in the visitor's language.
        pages.MapPost("/", SearchAsync).DisableAntiforgery().RequireRateLimiting(TrackingRateLimit.Name);
        pages.MapGet("/{trackingNumber}", ByNumberAsync).RequireRateLimiting(TrackingRateLimit.Name);
        return app;
    }

    /// <summary>A form this small: two fields and the token.</summary>
    private static readonly FormOptions SmallForm = new() { ValueCountLimit = 8, KeyLengthLimit = 64, ValueLengthLimit = 1024, MultipartBodyLengthLimit = 8 * 1024 };

    private static IResult SearchForm(HttpContext http, IAntiforgery antiforgery) =>
        Answer(http, TrackingPage.Kind.Search, StatusCodes.Status200OK, token: antiforgery.GetAndStoreTokens(http));

    private static async Task<IResult> ByNumberAsync(string trackingNumber, HttpContext http, ParcelTimeline timeline, CancellationToken ct) =>
        await timeline.ByTrackingNumberAsync(trackingNumber, ct) is { } found
            ? Answer(http, TrackingPage.Kind.Found, StatusCodes.Status200OK, found)
            : NothingFound(http);

    private static async Task<IResult> SearchAsync(HttpContext http, IAntiforgery antiforgery, ParcelTimeline timeline, CancellationToken ct)
    {
        if (http.Request.ContentLength > SmallForm.MultipartBodyLengthLimit) return NothingFound(http);
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, SmallForm));
        IFormCollection form;
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (AntiforgeryValidationException)
        {
            return Answer(http, TrackingPage.Kind.Expired, StatusCodes.Status400BadRequest);
        }
        catch (InvalidDataException)
        {
            return NothingFound(http); // a form past the limits is nobody's order
        }
        return await timeline.ByOrderAsync(form["orderNumber"], form["postalCode"], ct) is { } found
            ? Answer(http, TrackingPage.Kind.Found, StatusCodes.Status200OK, found)
            : NothingFound(http);
    }

    /// <summary>Unknown, voided, anonymised, a wrong pair, hostile input: one answer, byte for byte, echoing nothing.</summary>
    private static IResult NothingFound(HttpContext http) => Answer(http, TrackingPage.Kind.NothingFound, StatusCodes.Status404NotFound);

    internal static RazorComponentResult Answer(HttpContext http, TrackingPage.Kind kind, int status, TrackedOrder? order = null, AntiforgeryTokenSet? token = null)
    {
        var headers = http.Response.Headers;
        headers["X-Robots-Tag"] = "noindex";
        headers.CacheControl = "no-store";
        headers.Vary = "Accept-Language";
        var notices = http.RequestServices.GetRequiredService<IOptions<NoticeOptions>>().Value;
        return new RazorComponentResult<TrackingPage>(new Dictionary<string, object?>
        {
            [nameof(TrackingPage.Answer)] = kind,
            [nameof(TrackingPage.T)] = Texts.For(LanguageOf(http.Request)),
            [nameof(TrackingPage.Brand)] = notices.BrandFor(order?.Brand),
            [nameof(TrackingPage.Order)] = order,
            [nameof(TrackingPage.Token)] = token,
            // Not on "nothing found": its body is the same for every question, a GET's or the form's.
            [nameof(TrackingPage.SwitchLanguage)] = HttpMethods.IsGet(http.Request.Method) && kind != TrackingPage.Kind.NothingFound,
        })
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
        };
    }

    /// <summary>The visitor's: <c>?lang=en|pl</c>, else the first of Polish or English in Accept-Language, else Polish.</summary>
    public static string LanguageOf(HttpRequest request)
    {
        if (request.Query["lang"].ToString() is (FloorText.English or FloorText.DefaultLanguage) and var chosen) return chosen;
        var wanted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => (l.Quality ?? 1) > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is FloorText.English or FloorText.DefaultLanguage);
        return FloorText.Normalize(wanted);
    }
}
