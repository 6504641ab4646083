using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Notifications;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Shipping;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;
using Warehouse.Web.Components.Pages.Returns;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Returns;

/// <summary>
/// The customers' returns portal (docs/returns.md): static pages rendered per request like the
/// tracking page — no circuit, no cookie but the antiforgery one. An order is opened by its number
/// and e-mail (<c>POST /returns</c>, which answers with a signed link to the order's page) or by a
/// signed link itself (<c>GET /returns/link?o&amp;e&amp;s</c>); every later form carries that link.
/// Anything that does not open an order gets one answer, byte for byte.
/// </summary>
public static class ReturnsPortal
{
    /// <summary>A link made after a search lasts a day: enough to finish, short if it leaks from a shared computer.</summary>
    public static readonly TimeSpan SearchLinkLifetime = TimeSpan.FromDays(1);

    public static IHostApplicationBuilder AddReturns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReturnOptions>().BindConfiguration("Returns")
            .PostConfigure<IOptions<StorageOptions>>((o, storage) => o.LinkSecret ??= LinkSecretFile.ReadOrCreate(storage.Value.FullPath))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReturnOptions>, ReturnOptionsCheck>();
        builder.Services.AddReturnRoutes(builder.Configuration);
        builder.Services.AddOptions<ReturnsPortalOptions>().BindConfiguration("ReturnsPortal").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ReturnLinks>();
        builder.Services.AddSingleton<ReturnLabels>();
        builder.Services.AddSingleton<UnlabelledReturns>();
        builder.Services.AddSingleton<ReturnLabelAskAgain>();
        builder.Services.AddSingleton<ReturnDeclarations>();
        builder.Services.AddSingleton<ReturnPortal>();
        builder.Services.AddSingleton<ReturnsFigures>();
        builder.Services.AddSingleton<IOtherShipments, ReturnsOnTheRoad>();
        builder.Services.AddSingleton<Warehouse.Core.Returns.Analytics.ReturnsAnalytics>();
        builder.Services.AddSingleton<RefundConfirmations>();
        builder.Services.AddSingleton<IStationHandler, ReturnsDeskHandler>();
        builder.Services.AddSingleton<ReturnsDeskBoard>();
        builder.Services.AddSingleton<ReturnsDeskNotes>();
        builder.Services.AddSingleton<ReturnsDeskSearch>();
        builder.Services.AddSingleton<ReturnsOrderThrottle>();
        builder.Services.AddRateLimiter(o => o.AddPolicy<string, ReturnsRateLimit>(ReturnsRateLimit.Name));
        return builder;
    }

    public static WebApplication MapReturns(this WebApplication app)
    {
        var pages = app.MapGroup("/returns").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/", SearchForm);
        // Tokens are checked in the handlers, where a refusal can be a page in the visitor's language.
        pages.MapPost("/", SearchAsync).DisableAntiforgery().RequireRateLimiting(ReturnsRateLimit.Name);
        pages.MapGet("/link", OrderPageAsync).RequireRateLimiting(ReturnsRateLimit.Name);
        pages.MapPost("/link", FormAsync).DisableAntiforgery().RequireRateLimiting(ReturnsRateLimit.Name);
        pages.MapGet("/label", LabelAsync).RequireRateLimiting(ReturnsRateLimit.Name);
        ReturnsAnalyticsCsv.Map(app);
        app.MapGroup("/api/returns").WithTags("Returns").MapRefundConfirmation();
        return app;
    }

    private static readonly FormOptions SearchFormLimits = new() { ValueCountLimit = 8, KeyLengthLimit = 64, ValueLengthLimit = 1024, MultipartBodyLengthLimit = 8 * 1024 };

    /// <summary>Room for every line of a large order (three fields each) and its notes, and no more.</summary>
    private static readonly FormOptions ReturnFormLimits = new() { ValueCountLimit = 8 + 3 * ReturnRules.MaxLines, KeyLengthLimit = 64, ValueLengthLimit = 2048, MultipartBodyLengthLimit = 64 * 1024 };

    private static IResult SearchForm(HttpContext http, IAntiforgery antiforgery) =>
        Answer(http, ReturnsPage.Kind.Search, StatusCodes.Status200OK, token: antiforgery.GetAndStoreTokens(http));

    private static async Task<IResult> SearchAsync(HttpContext http, IAntiforgery antiforgery, ReturnPortal portal, ReturnLinks links, ReturnsOrderThrottle throttle, CancellationToken ct)
    {
        if (await ReadFormAsync(http, antiforgery, SearchFormLimits, ct) is not { } form)
            return http.Items.ContainsKey(Expired) ? Answer(http, ReturnsPage.Kind.Expired, StatusCodes.Status400BadRequest) : NothingFound(http);
        var orderNumber = form["orderNumber"].ToString();
        if (!throttle.TryTake(orderNumber)) return Answer(http, ReturnsPage.Kind.TooMany, StatusCodes.Status429TooManyRequests);
        if (await portal.MatchAsync(orderNumber, form["email"], ct) is not { } number || links.For(number, SearchLinkLifetime) is not { } link)
            return NothingFound(http);
        return Results.Redirect(WithLanguage(link, http), permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> OrderPageAsync(HttpContext http, IAntiforgery antiforgery, ReturnLinks links, ReturnPortal portal, ReturnLabels labels, CancellationToken ct)
    {
        if (OrderOf(http, links) is not { } number || await portal.OrderAsync(number, ct) is not { } order) return NothingFound(http);
        // A return whose label failed (the carrier was down) is asked for again when its customer looks:
        // the carrier is searched by reference first, so a retry never makes a second shipment; one asked of a
        // carrier that cannot search its returns is not asked again (ReturnLabels).
        var unlabelled = order.Returns.Where(r => r.TrackingNumber is null).Select(r => r.Number).ToList();
        foreach (var rma in unlabelled) await labels.IssueAsync(rma, ct);
        if (unlabelled.Count > 0 && await portal.OrderAsync(number, ct) is { } again) order = again;
        return Answer(http, ReturnsPage.Kind.Order, StatusCodes.Status200OK, order, antiforgery.GetAndStoreTokens(http));
    }

    /// <summary>Step one (review) shows what would be declared and asks to confirm; step two (confirm) declares.</summary>
    private static async Task<IResult> FormAsync(HttpContext http, IAntiforgery antiforgery, ReturnLinks links, ReturnPortal portal, ReturnDeclarations declarations, ReturnRoutes routes, CancellationToken ct)
    {
        if (OrderOf(http, links) is not { } number) return NothingFound(http);
        var tooLarge = http.Request.ContentLength > ReturnFormLimits.MultipartBodyLengthLimit;
        var form = tooLarge ? null : await ReadFormAsync(http, antiforgery, ReturnFormLimits, ct);
        if (http.Items.ContainsKey(Expired)) return Answer(http, ReturnsPage.Kind.Expired, StatusCodes.Status400BadRequest);
        if (await portal.OrderAsync(number, ct) is not { } order) return NothingFound(http);
        var token = antiforgery.GetAndStoreTokens(http);
        if (form is null)
            return Answer(http, ReturnsPage.Kind.Order, StatusCodes.Status400BadRequest, order, token, [new FloorMessage("returns.form.too_large")]);

        var confirming = form["step"] == "confirm";
        var (request, problems) = ReturnForm.Read(form, [.. order.Lines.Select(l => l.OrderLineId)], routes, confirmed: true);
        if (request is null) return Answer(http, ReturnsPage.Kind.Order, StatusCodes.Status400BadRequest, order, token, problems);
        if (!confirming)
        {
            var refusals = await declarations.CheckAsync(number, request, ct);
            return refusals.Count > 0
                ? Answer(http, ReturnsPage.Kind.Order, StatusCodes.Status400BadRequest, order, token, refusals)
                : Answer(http, ReturnsPage.Kind.Review, StatusCodes.Status200OK, order, token, request: request);
        }
        var declared = await declarations.DeclareAsync(number, request, ct);
        if (!declared.Declared)
            return Answer(http, ReturnsPage.Kind.Order, StatusCodes.Status400BadRequest, await portal.OrderAsync(number, ct) ?? order, token, declared.Refusals);
        // Post/redirect/get: a reload shows the return, it does not declare it again.
        return Results.Redirect(WithLanguage($"/returns/link?{Signed(http.Request.QueryString.ToString())}", http) + "#" + declared.ReturnNumber);
    }

    private static async Task<IResult> LabelAsync(HttpContext http, ReturnLinks links, ReturnPortal portal, CancellationToken ct)
    {
        if (OrderOf(http, links) is not { } number || await portal.LabelAsync(number, http.Request.Query["rma"], ct) is not { } label)
            return NothingFound(http);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return label.Pdf is { } pdf
            ? Results.File(pdf, "application/pdf", $"{http.Request.Query["rma"].ToString().Trim().ToUpperInvariant()}.pdf")
            : Results.Text(label.Zpl!, "text/plain; charset=utf-8");
    }

    private const string Expired = "returns.expired";

    /// <summary>The form within its limits and with a valid token; null otherwise (Items says which).</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http, IAntiforgery antiforgery, FormOptions limits, CancellationToken ct)
    {
        if (http.Request.ContentLength > limits.MultipartBodyLengthLimit || !http.Request.HasFormContentType) return null;
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, limits));
        IFormCollection form;
        try
        {
            // Read first: a form past the limits is refused as such, not as an expired token.
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return form;
        }
        catch (AntiforgeryValidationException)
        {
            http.Items[Expired] = true;
            return null;
        }
    }

    private static string? OrderOf(HttpContext http, ReturnLinks links)
    {
        var q = http.Request.Query;
        return q["o"].Count == 1 && q["e"].Count == 1 && q["s"].Count == 1 ? links.Check(q["o"], q["e"], q["s"]) : null;
    }

    private static string WithLanguage(string link, HttpContext http) => $"{link}&lang={Language(http.Request)}";

    /// <summary>Unknown order, wrong e-mail, a bad or old link, hostile input: one answer, byte for byte, echoing nothing.</summary>
    private static IResult NothingFound(HttpContext http) => Answer(http, ReturnsPage.Kind.NothingFound, StatusCodes.Status404NotFound);

    internal static RazorComponentResult Answer(HttpContext http, ReturnsPage.Kind kind, int status, PortalOrder? order = null,
        AntiforgeryTokenSet? token = null, IReadOnlyList<FloorMessage>? problems = null, ReturnRequest? request = null)
    {
        var headers = http.Response.Headers;
        headers["X-Robots-Tag"] = "noindex";
        headers.CacheControl = "no-store";
        headers.Vary = "Accept-Language";
        var notices = http.RequestServices.GetRequiredService<IOptions<NoticeOptions>>().Value;
        var language = Language(http.Request);
        var signed = order is null ? null : http.Request.Path.StartsWithSegments("/returns/link") ? http.Request.QueryString.ToString() : null;
        return new RazorComponentResult<ReturnsPage>(new Dictionary<string, object?>
        {
            [nameof(ReturnsPage.Answer)] = kind,
            [nameof(ReturnsPage.T)] = Texts.For(language),
            [nameof(ReturnsPage.Brand)] = notices.BrandFor(order?.Brand),
            [nameof(ReturnsPage.Order)] = order,
            [nameof(ReturnsPage.Token)] = token,
            [nameof(ReturnsPage.Problems)] = problems ?? [],
            [nameof(ReturnsPage.Request)] = request,
            [nameof(ReturnsPage.Link)] = signed is null ? null : Signed(signed),
            // Not on "nothing found": its body is the same for every question.
            [nameof(ReturnsPage.SwitchLanguage)] = HttpMethods.IsGet(http.Request.Method) && kind is ReturnsPage.Kind.Search or ReturnsPage.Kind.Order,
        })
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
        };
    }

    /// <summary>Only the three signed parameters, re-encoded: whatever else the address carried is dropped.</summary>
    private static string Signed(string query)
    {
        var q = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        return $"o={Uri.EscapeDataString(q["o"].ToString())}&e={Uri.EscapeDataString(q["e"].ToString())}&s={Uri.EscapeDataString(q["s"].ToString())}";
    }

    /// <summary>The visitor's: <c>?lang=en|pl</c>, else Accept-Language, else Polish (as the tracking page).</summary>
    public static string Language(HttpRequest request) => Tracking.TrackingPages.LanguageOf(request);
}
