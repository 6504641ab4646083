using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Returns;

/// <summary>
/// The drop-off methods the portal offers and the carrier of each, from "Returns:DropOff" (checked at start).
/// A return keeps the carrier and service it was declared with, so a route changed or dropped later does not
/// touch the returns already on their way.
/// </summary>
public sealed class ReturnRoutes
{
    public ReturnRoutes(IOptions<ReturnRoutesOptions> options, CarrierDirectory carriers)
    {
        Offered = [.. options.Value.Methods().Where(m => m.Route.Offered).Select(m =>
        {
            // The carrier's own spelling of its codes, as a parcel stores them.
            var carrier = carriers.Find(m.Route.Carrier);
            var service = carrier.Services.First(s => string.Equals(s.Code, m.Route.Service?.Trim(), StringComparison.OrdinalIgnoreCase));
            return new DropOffRoute(m.Method, carrier.Code, service.Code, carrier.Name, carrier.ReturnsOnlyItsOwnParcels);
        })];
    }

    public IReadOnlyList<DropOffRoute> Offered { get; }

    /// <summary>The routes the portal offers the customer of this order: a carrier that takes back only its own parcels, only if it carried one.</summary>
    public IReadOnlyList<DropOffRoute> OfferedFor(ReturnableOrder order) => [.. Offered.Where(r => r.OfferedFor(order))];

    /// <summary>The route of an offered method; null for one not offered (or the desk's <see cref="DropOff.Unannounced"/>).</summary>
    public DropOffRoute? For(DropOff method) => Offered.FirstOrDefault(r => r.Method == method);

    /// <summary>A method the customer may choose, by its exact name; false for anything else. (Not TryParse: minimal APIs would take this class for a bindable value.)</summary>
    public bool TryChoose(string? text, out DropOff method)
    {
        method = default;
        if (text is not { Length: > 0 and <= 20 } || !char.IsAsciiLetter(text[0]) || !Enum.TryParse(text, ignoreCase: false, out DropOff parsed)) return false;
        method = parsed;
        return For(parsed) is not null;
    }
}

public static class ReturnRoutesRegistration
{
    /// <summary>The routes of the portal's drop-off methods, checked at start against the carriers (<see cref="ShippingRegistration.AddShipping"/>).</summary>
    public static IServiceCollection AddReturnRoutes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReturnRoutesOptions>().Bind(configuration.GetSection(ReturnRoutesOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReturnRoutesOptions>, ReturnRoutesCheck>();
        services.AddSingleton<ReturnRoutes>();
        return services;
    }
}
