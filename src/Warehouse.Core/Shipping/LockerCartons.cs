using Warehouse.Core.Catalog;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Choice;

namespace Warehouse.Core.Shipping;

/// <summary>
/// For an order going to an InPost locker, the carton suggestion keeps to cartons that fit a
/// compartment: a parcel packed in one that fits none would be stopped at the scale.
/// </summary>
public static class LockerCartons
{
    public static bool GoesToLocker(Order order) =>
        CarrierNames.Carrier(order.Carrier) == CarrierCodes.InPost
        && CarrierNames.Service(CarrierCodes.InPost, order.Service) == InPostSandbox.Locker;

    /// <summary>The cartons the packer may be offered for <paramref name="order"/>.</summary>
    public static IReadOnlyList<CartonType> For(Order order, IReadOnlyList<CartonType> cartons) =>
        GoesToLocker(order) ? cartons.Where(c => Lockers.Choose(c.Outer, 1).Fits).ToList() : cartons;
}
