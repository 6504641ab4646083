using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Warehouse.Web.Tracking;

/// <summary>
/// Lookups per client address and minute: guessing tracking numbers or order/postal pairs gets a
/// visitor 30 tries a minute, then a translated 429. The address is the socket's, or the one
/// X-Forwarded-For names when the request came through a proxy of Proxy:KnownProxies.
/// </summary>
internal sealed class TrackingRateLimit(IOptions<TrackingPageOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "tracking";

    public RateLimitPartition<string> GetPartition(HttpContext http) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LookupsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, _) =>
    {
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "60";
        await TrackingPages.Answer(http, Components.Pages.Tracking.TrackingPage.Kind.TooMany, StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    };
}
