using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Warehouse.Web.Components.Pages.Returns;

namespace Warehouse.Web.Returns;

/// <summary>
/// Per client address and minute, like the tracking page: past the limit a translated 429. The
/// address is the socket's, or X-Forwarded-For's from a known proxy (UseForwardedHeadersOfKnownProxies).
/// </summary>
internal sealed class ReturnsRateLimit(IOptions<ReturnsPortalOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "returns";

    public RateLimitPartition<string> GetPartition(HttpContext http) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = "60";
        await ReturnsPortal.Answer(context.HttpContext, ReturnsPage.Kind.TooMany, StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
    };
}

/// <summary>
/// Searches per order number and hour, from any address: someone who knows an order number cannot
/// try e-mails for it from many addresses. Kept in memory: a restart forgets, the address limit stays.
/// </summary>
public sealed class ReturnsOrderThrottle(IOptions<ReturnsPortalOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(order =>
        RateLimitPartition.GetFixedWindowLimiter(order, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SearchesPerOrderPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <summary>True when one more search for this order number may go ahead.</summary>
    public bool TryTake(string? orderNumber)
    {
        var key = (orderNumber ?? "").Trim().ToUpperInvariant();
        if (key.Length > 64) key = key[..64];
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
