using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Shipping.Calendar;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;
using Warehouse.Core.Shipping.Carriers.Pocztex.Live;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Carriers.InPost.Live;
using Warehouse.Core.Shipping.Carriers.Own;
using Warehouse.Core.Shipping.Carriers.Pocztex;
using Warehouse.Core.Shipping.Choice;
using Warehouse.Core.Shipping.Sandbox;

namespace Warehouse.Core.Shipping;

public static class ShippingRegistration
{
    /// <summary>
    /// The "Shipping" settings (checked at start), the six carriers — sandboxes, one instance each so
    /// their shipments are shared by every caller, or the live adapter of InPost (ShipX), DPD (DPDServices), DHL (DHL24 WebAPI), GLS (ADE Plus WebAPI) or Pocztex (e-Nadawca) when its Mode is Live —
    /// their directory, the cut-off calendar and the choice.
    /// </summary>
    public static IServiceCollection AddShipping(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShippingOptions>().Bind(configuration.GetSection("Shipping")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ShippingOptions>, ShippingOptionsCheck>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => SandboxSerials.FromClock(sp.GetRequiredService<TimeProvider>()));
        // Live mode is InPost's, DPD's, DHL's, GLS's and Pocztex's so far; the options check refuses Live for the others at start.
        var inpost = Options(configuration, CarrierCodes.InPost);
        if (inpost.Mode == CarrierMode.Live) services.AddInPostShipX(inpost);
        else Carrier<InPostSandbox>(services);
        var dpd = Options(configuration, CarrierCodes.Dpd);
        if (dpd.Mode == CarrierMode.Live) services.AddDpdServices(dpd);
        else Carrier<DpdSandbox>(services);
        var dhl = Options(configuration, CarrierCodes.Dhl);
        if (dhl.Mode == CarrierMode.Live) services.AddDhlServices(dhl);
        else Carrier<DhlSandbox>(services);
        var gls = Options(configuration, CarrierCodes.Gls);
        if (gls.Mode == CarrierMode.Live) services.AddGlsAdePlus(gls);
        else Carrier<GlsSandbox>(services);
        var pocztex = Options(configuration, CarrierCodes.Pocztex);
        if (pocztex.Mode == CarrierMode.Live) services.AddPocztexENadawca(pocztex);
        else Carrier<PocztexSandbox>(services);
        Carrier<OwnFleetSandbox>(services);
        services.AddSingleton<CarrierDirectory>();
        services.AddSingleton(sp => new CarrierCalendar(
            sp.GetService<FloorClock>()?.Zone ?? TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"),
            CutOffs(sp.GetRequiredService<IOptions<ShippingOptions>>().Value)));
        services.AddSingleton(sp => new CarrierChoice(
            sp.GetRequiredService<CarrierDirectory>().All, sp.GetRequiredService<CarrierCalendar>(), sp.GetRequiredService<IOptions<ShippingOptions>>().Value));
        return services;
    }

    private static CarrierOptions Options(IConfiguration configuration, string code) =>
        configuration.GetSection($"Shipping:Carriers:{code}").Get<CarrierOptions>() ?? new CarrierOptions();

    private static void Carrier<T>(IServiceCollection services) where T : class, ICarrier
    {
        services.AddSingleton<T>();
        services.AddSingleton<ICarrier>(sp => sp.GetRequiredService<T>());
    }

    private static Dictionary<string, TimeOnly> CutOffs(ShippingOptions options)
    {
        var cutOffs = new Dictionary<string, TimeOnly>(StringComparer.Ordinal);
        foreach (var (code, carrier) in options.Carriers)
            if (ShippingOptionsCheck.TryParseCutOff(carrier?.CutOff, out var time)) cutOffs[code.ToUpperInvariant()] = time;
        return cutOffs;
    }
}
