using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Dhl.Live;

/// <summary>
/// The live DHL carrier and its two HTTP clients. Every SOAP call is a POST: createShipments and
/// deleteShipments get a client without retries (a second shipment, or a refusal for one already deleted,
/// is worse than waiting); labels, lookups and tracking, which only read, one with retries.
/// </summary>
public static class DhlRegistration
{
    public static void AddDhlServices(this IServiceCollection services, CarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = CarrierTimings.From(options);
        var url = new Uri(options.BaseUrl!, UriKind.Absolute);
        services.AddCarrierClient(DhlWebApi.WriteClientName, url, timings, CarrierRetries.Never);
        services.AddCarrierClient(DhlWebApi.ReadClientName, url, timings, CarrierRetries.Always);
        var account = new DhlAccount(options.Login!, options.ApiToken!, options.OrganizationId!);
        services.AddSingleton(sp => new DhlWebApi(sp.GetRequiredService<IHttpClientFactory>(), account, timings, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<DhlWebApi>());
    }
}
