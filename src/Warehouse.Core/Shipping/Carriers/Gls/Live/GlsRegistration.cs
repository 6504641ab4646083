using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// The live GLS carrier, its session and its two HTTP clients. Every SOAP call is a POST: adePreparingBox_Insert,
/// adePreparingBox_DeleteConsign, adePickup_Create and adeReturn_Create get a client without retries (a second
/// consignment, pickup confirmation or return, or a refusal for a deletion that happened, is worse than waiting); login, labels,
/// lookups and the receipt, which only read, one with retries. Tracking (GLS Track&amp;Trace, only reads) has its own
/// client with retries, at its own address, with its own user.
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
        // Tracking is another service at its own address with its own user; GLS's production one unless set.
        var tracking = new Uri(string.IsNullOrWhiteSpace(options.TrackingUrl) ? GlsTrackingProtocol.ProductionUrl : options.TrackingUrl, UriKind.Absolute);
        // The resource is relative to the base ("…/public/v1/"): without its last slash "v1" would be replaced.
        if (!tracking.AbsolutePath.EndsWith('/')) tracking = new Uri(tracking.AbsoluteUri + "/");
        services.AddCarrierClient(GlsTracking.ClientName, tracking, timings, CarrierRetries.Always,
            client => client.MaxResponseContentBufferSize = GlsTrackingProtocol.MaxAnswerBytes);
        var user = string.IsNullOrWhiteSpace(options.TrackingLogin) || string.IsNullOrWhiteSpace(options.TrackingPassword)
            ? null : new GlsTrackingAccount(options.TrackingLogin, options.TrackingPassword);
        services.AddSingleton(sp => new GlsTracking(sp.GetRequiredService<IHttpClientFactory>(), user, timings,
            sp.GetService<ILogger<GlsTracking>>() ?? NullLogger<GlsTracking>.Instance));
        services.AddSingleton(sp => new GlsAdePlus(sp.GetRequiredService<GlsSession>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<GlsTracking>()));
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<GlsAdePlus>());
    }
}
