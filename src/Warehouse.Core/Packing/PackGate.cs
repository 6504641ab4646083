using Warehouse.Core.Floor;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Packing;

/// <summary>
/// What packing refuses before it claims an order, with the reason the packer can act on: an order
/// waiting at (or failed by) the QC bench, and one of a channel picked first that nobody has picked.
/// </summary>
internal static class PackGate
{
    public static FloorMessage? Refusal(Order order, PackingOptions options)
    {
        if ((order.Holds & HoldReasons.Quality) != 0) return new(Codes.PackQcFailed, order.Number, order.StopReason ?? "");
        if (order.Status == OrderStatus.QualityCheck) return new(Codes.PackQcRequired, order.Number);
        // Picked orders skip the bench only when the QC rules did not choose them.
        if (order.Status == OrderStatus.Picked && order.QcRequired && order.QcPassedUtc is null) return new(Codes.PackQcRequired, order.Number);
        if (order.Status == OrderStatus.Ready && options.ChannelsPickedFirst.Contains(order.Channel))
            return new(Codes.PackPickFirst, order.Number, order.Channel.ToString());
        return null;
    }
}
