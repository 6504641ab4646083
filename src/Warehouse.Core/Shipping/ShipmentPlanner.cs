using Warehouse.Core.Catalog;
using Warehouse.Core.Floor;
using Warehouse.Core.Labels;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Choice;

namespace Warehouse.Core.Shipping;

/// <summary>
/// Chooses the parcel's carrier and service at the packing table (<see cref="CarrierChoice"/>: the
/// customer's choice first) and stops a parcel that breaks their limits there, where it can still be
/// repacked — with the reason in the packer's language, not the carrier's refusal later.
/// </summary>
public sealed class ShipmentPlanner(CarrierChoice choice, CarrierDirectory carriers)
{
    public const string NoCarrier = "shipping.no_carrier";
    public const string TooHeavy = "shipping.too_heavy";
    public const string TooBig = "shipping.too_big";
    public const string NoLockerFits = "shipping.no_locker_fits";
    public const string NoPickupPoint = "shipping.no_pickup_point";
    public const string NoCashOnDelivery = "shipping.no_cod";

    /// <param name="carrierCode">
    /// Another carrier than the order's, chosen by a person (a relabel at the station): its door-to-door
    /// service, or the order's service when it is the order's carrier after all. Its limits still apply.
    /// </param>
    public ShipmentPlan Plan(Order order, Dimensions outer, int weightGrams, DateTime nowUtc, string? carrierCode = null)
    {
        var measured = outer.LengthMm > 0 && outer.WidthMm > 0 && outer.HeightMm > 0;
        var (wanted, service) = carrierCode is null ? (order.Carrier, order.Service)
            : (carrierCode, CarrierNames.Carrier(order.Carrier) == carrierCode ? order.Service : DoorToDoor(carrierCode) ?? "");
        // A parcel nobody measured or weighed (a supervisor's override) is judged by what is known.
        var pick = choice.Choose(new ParcelToShip(wanted, service, Math.Max(weightGrams, 1),
            measured ? outer : new Dimensions(1, 1, 1), order.Recipient?.CountryCode ?? "PL", nowUtc, order.CashOnDeliveryMinor));
        if (pick.CarrierCode is null || !carriers.TryFind(pick.CarrierCode, out var carrier))
            return Refused(wanted, new FloorMessage(NoCarrier, order.Number, wanted, service));
        return Check(order, outer, weightGrams, measured, carrier, carrier.Services.First(s => s.Code == pick.ServiceCode));
    }

    /// <summary>True when <paramref name="carrierCode"/> is a carrier this app ships with.</summary>
    public bool Ships(string carrierCode) => carriers.TryFind(carrierCode, out _);

    private string? DoorToDoor(string carrierCode) =>
        carriers.TryFind(carrierCode, out var carrier) ? carrier.Services.FirstOrDefault(s => !s.ToPickupPoint)?.Code : null;

    private static ShipmentPlan Check(Order order, Dimensions outer, int weightGrams, bool measured, ICarrier carrier, CarrierService service)
    {
        var name = $"{carrier.Name} {service.Name}";

        if (weightGrams > service.Limits.MaxWeightGrams)
            return Refused(name, new FloorMessage(TooHeavy, name, WeightText.Kilograms(service.Limits.MaxWeightGrams), WeightText.Kilograms(weightGrams)));
        if (measured && ParcelLimitCheck.Refusal(service, Math.Max(weightGrams, 1), outer) is not null)
            return Refused(name, new FloorMessage(TooBig, name, service.Limits.MaxOuter.ToString(), outer.ToString()));
        if (order.CashOnDeliveryMinor is not null && !service.CashOnDelivery)
            return Refused(name, new FloorMessage(NoCashOnDelivery, name, order.Number));

        string? locker = null;
        if (service.ToPickupPoint)
        {
            if (order.PickupPoint is null) return Refused(name, new FloorMessage(NoPickupPoint, order.Number, name));
            if (carrier.Code == CarrierCodes.InPost)
            {
                // The size decides the compartment; a carton we cannot measure cannot be promised one.
                var fit = measured ? Lockers.Choose(outer, Math.Max(weightGrams, 1)) : new LockerFit(null, null);
                if (fit.Size is not { } size)
                    return Refused(name, new FloorMessage(NoLockerFits, order.Number, measured ? outer.ToString() : "?", WeightText.Kilograms(weightGrams)));
                locker = size.ToString();
            }
        }
        return new ShipmentPlan(carrier.Code, service.Code, name, locker) { ToPickupPoint = service.ToPickupPoint };
    }

    private static ShipmentPlan Refused(string name, FloorMessage why) => new("", "", name, null, why);
}
