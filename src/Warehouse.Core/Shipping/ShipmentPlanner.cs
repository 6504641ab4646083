using Warehouse.Core.Catalog;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping;

/// <summary>Chooses the parcel's carrier and service at the packing table, and stops a parcel they cannot take.</summary>
public sealed class ShipmentPlanner(IEnumerable<ICarrier> carriers)
{
    public const string UnknownCarrier = "shipping.unknown_carrier";

    private readonly IReadOnlyList<ICarrier> _carriers = carriers.ToList();

    public ShipmentPlan Plan(Order order, Dimensions outer, int weightGrams, DateTime nowUtc)
    {
        var carrier = _carriers.FirstOrDefault(c => Same(c.Code, order.Carrier) || Same(c.Name, order.Carrier));
        if (carrier is null) return new ShipmentPlan("", "", order.Carrier, null, new FloorMessage(UnknownCarrier, order.Number, order.Carrier));
        var service = carrier.Services.FirstOrDefault(s => Same(s.Code, order.Service) || Same(s.Name, order.Service)) ?? carrier.Services[0];
        return new ShipmentPlan(carrier.Code, service.Code, $"{carrier.Name} {service.Name}", null);
    }

    private static bool Same(string a, string? b) => string.Equals(a, b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
