using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// The live DPD carrier and its two HTTP pipelines. Every SOAP call is a POST, so "retry reads only"
/// cannot be told from the method as it is for REST: registration gets a client without retries,
/// labels, lookups and protocols one with retries. Named clients, as for InPost: the carrier is a
/// singleton and the factory rotates the handlers under it.
/// </summary>
public static class DpdRegistration
{
    public static void AddDpdServices(this IServiceCollection services, CarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = DpdTimings.From(options);
        var url = new Uri(options.BaseUrl!, UriKind.Absolute);
        services.AddHttpClient(DpdServices.CreateClientName, client => Configure(client, url))
            .AddResilienceHandler("dpd-create", pipeline => pipeline.AddTimeout(timings.CallTimeout));
        services.AddHttpClient(DpdServices.ReadClientName, client => Configure(client, url))
            .AddResilienceHandler("dpd-read", pipeline =>
            {
                // Outer: retries with back-off on 5xx, 408, 429, network errors and timeouts (the handler's
                // defaults; a SOAP fault comes with 500 too, and asking again for a label is harmless).
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, timings.Retries),
                    Delay = timings.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                };
                pipeline.AddRetry(retry);
                // Inner: each attempt on its own clock.
                pipeline.AddTimeout(timings.CallTimeout);
            });
        var account = new DpdAccount(options.Login!, options.ApiToken!, options.OrganizationId!);
        services.AddSingleton(sp => new DpdServices(sp.GetRequiredService<IHttpClientFactory>(), account, timings));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<DpdServices>());
    }

    private static void Configure(HttpClient client, Uri url)
    {
        // The service's own address: every operation is posted to it.
        client.BaseAddress = url;
        client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's per-call timeout and the desk's token decide
    }
}
