using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping.Calendar;
using Warehouse.Core.Shipping.Carriers.InPost;

namespace Warehouse.Core.Shipping.Choice;

/// <summary>A parcel at the packing table, with what its order says about the carrier.</summary>
public sealed record ParcelToShip(
    string? OrderCarrier,
    string? OrderService,
    int WeightGrams,
    Dimensions Outer,
    string CountryCode,
    DateTime NowUtc,
    long? CashOnDeliveryGrosze = null);

/// <summary>The carrier and service for a parcel, or why none takes it (for the packing station to show).</summary>
public sealed record CarrierPick(string? CarrierCode, string? ServiceCode, string? Refusal, string Reason)
{
    public bool Chosen => CarrierCode is not null && Refusal is null;

    public static CarrierPick Refused(string why, string? carrier = null, string? service = null) => new(carrier, service, why, why);
}

/// <summary>
/// Which carrier takes a parcel. The customer's choice first: they paid for it and expect it. A
/// parcel that breaks that carrier's limits is refused with the reason rather than sent another way:
/// changing the customer's carrier is a person's decision. When the order names no carrier we know,
/// the rules: door-to-door services that deliver to the country, take the weight and size and cash on
/// delivery, whose van still comes today, cheapest first. Depends only on its inputs and settings.
/// </summary>
public sealed class CarrierChoice(IEnumerable<ICarrier> carriers, CarrierCalendar calendar, ShippingOptions options)
{
    private readonly IReadOnlyList<ICarrier> _carriers = [.. carriers];

    public CarrierPick Choose(ParcelToShip parcel)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        var code = CarrierNames.Carrier(parcel.OrderCarrier);
        var carrier = code is null ? null : _carriers.FirstOrDefault(c => c.Code == code);
        if (carrier is not null)
        {
            var serviceCode = CarrierNames.Service(carrier.Code, parcel.OrderService);
            if (serviceCode is not null && carrier.Services.FirstOrDefault(s => s.Code == serviceCode) is { } service)
                return CustomersChoice(carrier, service, parcel);
            return ByRules(parcel, [carrier], $"The customer chose {carrier.Name}, the service by rules");
        }
        return ByRules(parcel, _carriers, "By rules");
    }

    private static CarrierPick CustomersChoice(ICarrier carrier, CarrierService service, ParcelToShip parcel)
    {
        if (ParcelLimitCheck.Refusal(service, parcel.WeightGrams, parcel.Outer) is { } limit)
            return CarrierPick.Refused(limit, carrier.Code, service.Code);
        if (parcel.CashOnDeliveryGrosze is not null && !service.CashOnDelivery)
            return CarrierPick.Refused($"{service.Name} has no cash on delivery.", carrier.Code, service.Code);
        var reason = $"The customer chose {carrier.Name} {service.Name}";
        if (carrier.Code == CarrierCodes.InPost && service.ToPickupPoint)
            reason += $", locker size {Lockers.Choose(parcel.Outer, parcel.WeightGrams).Size}";
        return new(carrier.Code, service.Code, null, reason + ".");
    }

    private CarrierPick ByRules(ParcelToShip parcel, IReadOnlyList<ICarrier> among, string lead)
    {
        var refusals = new List<string>();
        var fits = new List<(ICarrier Carrier, CarrierService Service, ServiceRate Rate, bool Today)>();
        foreach (var carrier in among)
            foreach (var service in carrier.Services)
            {
                // A pickup point is the customer's to choose: rules only pick door-to-door services.
                if (service.ToPickupPoint) continue;
                var rate = ServiceRates.For(options, carrier.Code, service.Code);
                if (rate is null || !rate.Serves(parcel.CountryCode))
                {
                    refusals.Add($"{service.Name} does not go to {parcel.CountryCode}");
                    continue;
                }
                if (ParcelLimitCheck.Refusal(service, parcel.WeightGrams, parcel.Outer) is { } limit)
                {
                    refusals.Add(limit.TrimEnd('.'));
                    continue;
                }
                if (parcel.CashOnDeliveryGrosze is not null && !service.CashOnDelivery)
                {
                    refusals.Add($"{service.Name} has no cash on delivery");
                    continue;
                }
                fits.Add((carrier, service, rate, calendar.CutOffReachableToday(carrier.Code, parcel.NowUtc)));
            }
        if (fits.Count == 0)
            return CarrierPick.Refused($"{lead}: no service takes this parcel — {string.Join("; ", refusals.Distinct().Take(4))}.");
        var best = fits.OrderByDescending(f => f.Today).ThenBy(f => f.Rate.PriceGrosze).ThenBy(f => f.Carrier.Code, StringComparer.Ordinal).First();
        var when = best.Today ? "its van still comes today" : "no van comes today";
        return new(best.Carrier.Code, best.Service.Code, null,
            $"{lead}: {best.Carrier.Name} {best.Service.Name}, {best.Rate.PriceGrosze / 100m:0.00} zł, {when}.");
    }
}
