using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// The live InPost carrier and its HTTP client: reads and deletes are retried, a POST never — it creates
/// a shipment and ShipX has no idempotency key.
/// </summary>
public static class ShipXRegistration
{
    public static void AddInPostShipX(this IServiceCollection services, CarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = ShipXTimings.From(options);
        var baseUrl = options.BaseUrl!.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/";
        services.AddCarrierClient(InPostShipX.HttpClientName, new Uri(baseUrl, UriKind.Absolute), timings.Calls, CarrierRetries.ReadsOnly, client =>
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiToken);
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        });
        services.AddSingleton(sp => new InPostShipX(
            sp.GetRequiredService<IHttpClientFactory>(), options.OrganizationId!, timings, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<InPostShipX>());
    }
}
