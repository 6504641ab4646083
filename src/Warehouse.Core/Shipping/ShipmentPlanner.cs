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

    public ShipmentPlan Plan(Order order, Dimensions outer, int weightGrams, DateTime nowUtc)
    {
        var measured = outer.LengthMm > 0 && outer.WidthMm > 0 && outer.HeightMm > 0;
        // A parcel nobody measured or weighed (a supervisor's override) is judged by what is known.
        var pick = choice.Choose(new ParcelToShip(order.Carrier, order.Service, Math.Max(weightGrams, 1),
            measured ? outer : new Dimensions(1, 1, 1), order.Recipient?.CountryCode ?? "PL", nowUtc, order.CashOnDeliveryMinor));
        if (pick.CarrierCode is null || !carriers.TryFind(pick.CarrierCode, out var carrier))
            return Refused(order.Carrier, new FloorMessage(NoCarrier, order.Number, order.Carrier, order.Service));
        var service = carrier.Services.First(s => s.Code == pick.ServiceCode);
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
        return new ShipmentPlan(carrier.Code, service.Code, name, locker);
    }

    private static ShipmentPlan Refused(string name, FloorMessage why) => new("", "", name, null, why);
}
