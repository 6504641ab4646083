using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// The live Pocztex carrier and its three HTTP clients: two sign in to e-Nadawca with its login over HTTP Basic.
/// Every SOAP call is a POST: addShipment, clearEnvelopeByGuids and sendEnvelope get a client without retries
/// (a second parcel, or a second envelope, is worse than waiting); reading the buffer, labels and the outbox
/// book, one with retries; tracking (Sledzenie, only reads, its own user in each envelope) its own with retries,
/// to its own address.
/// </summary>
public static class PocztexRegistration
{
    public static void AddPocztexENadawca(this IServiceCollection services, CarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = CarrierTimings.From(options);
        var url = new Uri(string.IsNullOrWhiteSpace(options.BaseUrl) ? PocztexProtocol.ProductionUrl : options.BaseUrl, UriKind.Absolute);
        var account = new PocztexAccount(options.Login!, options.Password!);
        services.AddCarrierClient(PocztexENadawca.WriteClientName, url, timings, CarrierRetries.Never, c => c.DefaultRequestHeaders.Authorization = account.Basic());
        services.AddCarrierClient(PocztexENadawca.ReadClientName, url, timings, CarrierRetries.Always, c => c.DefaultRequestHeaders.Authorization = account.Basic());
        // Tracking is another service at its own address (Sledzenie) with its own user; production's unless set.
        var tracking = new Uri(string.IsNullOrWhiteSpace(options.TrackingUrl) ? PocztexTrackingProtocol.ProductionUrl : options.TrackingUrl, UriKind.Absolute);
        services.AddCarrierClient(PocztexTracking.ClientName, tracking, timings, CarrierRetries.Always,
            client => client.MaxResponseContentBufferSize = PocztexTrackingProtocol.MaxAnswerCharacters);
        var user = string.IsNullOrWhiteSpace(options.TrackingLogin) ? null : new PocztexTrackingAccount(options.TrackingLogin, options.TrackingPassword!);
        services.AddSingleton(sp => new PocztexTracking(sp.GetRequiredService<IHttpClientFactory>(), user, timings,
            sp.GetService<ILogger<PocztexTracking>>() ?? NullLogger<PocztexTracking>.Instance));
        services.AddSingleton(sp => new PocztexENadawca(sp.GetRequiredService<IHttpClientFactory>(), timings, sp.GetRequiredService<PocztexTracking>()));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<PocztexENadawca>());
    }
}
