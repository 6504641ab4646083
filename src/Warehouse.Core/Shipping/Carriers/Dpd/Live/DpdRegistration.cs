using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// The live DPD carrier and its three HTTP clients. Every SOAP call is a POST, so "retry reads only"
/// cannot be told from the method as it is for REST: registration and return labels get a client without retries;
/// labels, lookups and protocols (asking again for a label is harmless) one with retries, and tracking
/// (DPDInfoServices, only reads) its own with retries, to its own address.
/// </summary>
public static class DpdRegistration
{
    public static void AddDpdServices(this IServiceCollection services, CarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = CarrierTimings.From(options);
        // The service's own address: every operation is posted to it.
        var url = new Uri(options.BaseUrl!, UriKind.Absolute);
        services.AddCarrierClient(DpdServices.CreateClientName, url, timings, CarrierRetries.Never);
        services.AddCarrierClient(DpdServices.ReadClientName, url, timings, CarrierRetries.Always);
        // Tracking is another service at its own address (DPDInfoServices); DPD's production one unless set.
        var tracking = new Uri(string.IsNullOrWhiteSpace(options.TrackingUrl) ? DpdTrackingProtocol.ProductionUrl : options.TrackingUrl, UriKind.Absolute);
        services.AddCarrierClient(DpdTracking.ClientName, tracking, timings, CarrierRetries.Always,
            client => client.MaxResponseContentBufferSize = DpdTrackingProtocol.MaxAnswerCharacters);
        var account = new DpdAccount(options.Login!, options.ApiToken!, options.OrganizationId!);
        services.AddSingleton(sp => new DpdTracking(sp.GetRequiredService<IHttpClientFactory>(), account, timings,
            sp.GetService<ILogger<DpdTracking>>() ?? NullLogger<DpdTracking>.Instance));
        services.AddSingleton(sp => new DpdServices(sp.GetRequiredService<IHttpClientFactory>(), account, timings, sp.GetRequiredService<DpdTracking>()));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<DpdServices>());
    }
}
