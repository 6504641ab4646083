using Warehouse.Core.Orders;

namespace Warehouse.Core.Slips;

/// <summary>Who the customer is to us, for the slip's coupon: kept to three, each with its own reason.</summary>
public enum CustomerSegment
{
    /// <summary>Our shop, no earlier order under this e-mail: a welcome coupon to bring them back.</summary>
    FirstOrder,

    /// <summary>Our shop, ordered before: a thank-you coupon.</summary>
    Returning,

    /// <summary>Allegro or another marketplace: its rules forbid marketing to its buyers, so no coupon and no products.</summary>
    Marketplace,
}

public static class CustomerSegments
{
    /// <summary>The segment from the channel and how many earlier orders the same e-mail placed.</summary>
    public static CustomerSegment Of(SalesChannel channel, int earlierOrders) =>
        channel != SalesChannel.OwnShop ? CustomerSegment.Marketplace
        : earlierOrders > 0 ? CustomerSegment.Returning
        : CustomerSegment.FirstOrder;
}
