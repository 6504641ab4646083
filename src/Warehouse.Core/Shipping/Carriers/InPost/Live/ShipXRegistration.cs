using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// The live InPost carrier and its HTTP pipeline. A named client rather than a typed one: carriers are
/// singletons (the directory holds them), and a typed client held by a singleton would keep one handler
/// for ever; the factory hands out clients whose handlers rotate.
/// </summary>
public static class ShipXRegistration
{
    public static void AddInPostShipX(this IServiceCollection services, CarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = ShipXTimings.From(options);
        var baseUrl = options.BaseUrl!.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/";
        services.AddHttpClient(InPostShipX.HttpClientName, client =>
            {
                client.BaseAddress = new Uri(baseUrl, UriKind.Absolute);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiToken);
                client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's per-call timeout and the desk's token decide
            })
            .AddResilienceHandler("shipx", pipeline =>
            {
                // Outer: retries with back-off on 5xx, 408, 429, network errors and timeouts — for reads and
                // deletes only. A POST creates a shipment and ShipX has no idempotency key: never again blindly.
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, timings.Retries),
                    Delay = timings.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                };
                retry.DisableFor(HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Connect);
                pipeline.AddRetry(retry);
                // Inner: each attempt on its own clock.
                pipeline.AddTimeout(timings.CallTimeout);
            });
        services.AddSingleton(sp => new InPostShipX(
            sp.GetRequiredService<IHttpClientFactory>(), options.OrganizationId!, timings, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<InPostShipX>());
    }
}
