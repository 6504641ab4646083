using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// The one way a live carrier adapter talks HTTP: a named client (carriers are singletons, and a typed
/// client held by one would keep its handler for ever; the factory rotates them) with a timeout per
/// attempt and, where <see cref="CarrierRetries"/> allows, retries with exponential back-off; and one
/// call that turns whatever keeps an answer from us into <see cref="CarrierUnavailable"/>, so the
/// shipment desk keeps the parcel waiting with a message and tries again later.
/// </summary>
public static class CarrierHttp
{
    public static void AddCarrierClient(
        this IServiceCollection services, string name, Uri baseAddress, CarrierTimings timings, CarrierRetries retries,
        Action<HttpClient>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(timings);
        services.AddHttpClient(name, client =>
            {
                client.BaseAddress = baseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's per-attempt timeout and the desk's token decide
                configure?.Invoke(client);
            })
            .AddResilienceHandler(name, pipeline =>
            {
                if (retries != CarrierRetries.Never)
                {
                    // Outer: on 5xx, 408, 429, network errors and timeouts (the handler's defaults; SOAP's faults aside).
                    var retry = new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(1, timings.Retries),
                        Delay = timings.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    };
                    if (retries == CarrierRetries.ReadsOnly)
                        retry.DisableFor(HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Connect);
                    else
                        retry.ShouldHandle = args => ValueTask.FromResult(
                            HttpClientResiliencePredicates.IsTransient(args.Outcome) && args.Outcome.Result?.StatusCode != HttpStatusCode.InternalServerError);
                    pipeline.AddRetry(retry);
                }
                // Inner: each attempt on its own clock.
                pipeline.AddTimeout(timings.CallTimeout);
            });
    }

    /// <summary>
    /// Sends <paramref name="message"/> on the named client and reads the whole answer. No connection, a
    /// reset, a timeout or a body cut off are <see cref="CarrierUnavailable"/>, saying which carrier and
    /// <paramref name="what"/>; an answer of any status is returned for the adapter to read.
    /// </summary>
    public static async Task<CarrierAnswer> SendAsync(
        this IHttpClientFactory clients, string client, HttpRequestMessage message, string carrier, string what, CarrierTimings timings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            using var response = await clients.CreateClient(client).SendAsync(message, ct);
            return new CarrierAnswer(response.StatusCode, await response.Content.ReadAsByteArrayAsync(ct));
        }
        catch (HttpRequestException e)
        {
            throw new CarrierUnavailable($"{carrier} could not be reached for {what}: {e.Message}", e, CarrierProblemCodes.Unreachable);
        }
        catch (TimeoutRejectedException e)
        {
            throw new CarrierUnavailable($"{carrier} did not answer {what} within {timings.CallTimeout.TotalSeconds:0.#} s.", e, CarrierProblemCodes.Timeout);
        }
        catch (IOException e)
        {
            throw new CarrierUnavailable($"{carrier}'s answer to {what} broke off: {e.Message}", e, CarrierProblemCodes.Garbage);
        }
    }
}
