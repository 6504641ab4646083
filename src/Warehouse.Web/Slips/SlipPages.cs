using Microsoft.AspNetCore.Http.HttpResults;
using Warehouse.Core.Slips;
using Warehouse.Web.Printing;
using Warehouse.Web.Auth;
using Warehouse.Web.Components.Pages.Slips;

namespace Warehouse.Web.Slips;

/// <summary>
/// <c>GET /slips/{orderNumber}</c>: the order's packing slip as a printable page. A station without a
/// document printer opens it in a hidden frame when a parcel completes and prints it without a click
/// (Chromium's kiosk printing, ADR 10); a station with one gets it as a PDF from the slip desk (ADR 12).
/// A supervisor can open it to print one again.
/// </summary>
public static class SlipPages
{
    public static IHostApplicationBuilder AddPackingSlips(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SlipOptions>().BindConfiguration("Slips").ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SlipOptions>, SlipOptionsCheck>();
        builder.Services.AddSingleton<PackingSlips>();
        builder.Services.AddSingleton<StationSlipPrinters>();
        builder.Services.AddSingleton<SlipDesk>();
        builder.Services.AddHostedService<SlipDeskService>();
        return builder;
    }

    public static WebApplication MapPackingSlips(this WebApplication app)
    {
        app.MapGet("/slips/{orderNumber}", SlipAsync)
            .RequireAuthorization(FloorPolicies.HubClient)
            // The station's own page frames it to print it; nobody else may.
            .WithMetadata(new SecurityHeaders.FramedBySameOrigin())
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SlipAsync(string orderNumber, HttpContext http, PackingSlips slips, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        // Unknown, oversized or hostile: one answer that echoes nothing of the question.
        if (await slips.ForAsync(orderNumber, ct) is not { } slip)
            return TypedResults.Problem("No order with this number.", statusCode: StatusCodes.Status404NotFound);
        return new RazorComponentResult<PackingSlipPage>(new Dictionary<string, object?> { [nameof(PackingSlipPage.Slip)] = slip })
        {
            ContentType = "text/html; charset=utf-8",
        };
    }
}
