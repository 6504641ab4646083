using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// The live GLS carrier, its session and its two HTTP clients. Every SOAP call is a POST: adePreparingBox_Insert,
/// adePreparingBox_DeleteConsign and adePickup_Create get a client without retries (a second consignment, a
/// second pickup confirmation, or a refusal for a deletion that happened, is worse than waiting); login, labels,
/// lookups and the receipt, which only read, one with retries.
/// </summary>
public static class GlsRegistration
{
    public static void AddGlsAdePlus(this IServiceCollection services, CarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = CarrierTimings.From(options);
        var url = new Uri(string.IsNullOrWhiteSpace(options.BaseUrl) ? GlsProtocol.ProductionUrl : options.BaseUrl, UriKind.Absolute);
        services.AddCarrierClient(GlsAdePlus.WriteClientName, url, timings, CarrierRetries.Never);
        services.AddCarrierClient(GlsAdePlus.ReadClientName, url, timings, CarrierRetries.Always);
        var account = new GlsAccount(options.Login!, options.Password!);
        services.AddSingleton(sp => new GlsSession(sp.GetRequiredService<IHttpClientFactory>(), account, timings));
        services.AddSingleton(sp => new GlsAdePlus(sp.GetRequiredService<GlsSession>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<GlsAdePlus>());
    }
}
