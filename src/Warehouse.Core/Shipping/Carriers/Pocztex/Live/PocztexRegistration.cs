using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// The live Pocztex carrier and its two HTTP clients, both signing in with the e-Nadawca login over HTTP Basic.
/// Every SOAP call is a POST: addShipment, clearEnvelopeByGuids and sendEnvelope get a client without retries
/// (a second parcel, or a second envelope, is worse than waiting); reading the buffer, labels and the outbox
/// book, one with retries.
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
        services.AddSingleton(sp => new PocztexENadawca(sp.GetRequiredService<IHttpClientFactory>(), timings));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<PocztexENadawca>());
    }
}
