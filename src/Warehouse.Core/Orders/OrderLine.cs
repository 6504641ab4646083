using Warehouse.Core.Catalog;

namespace Warehouse.Core.Orders;

public sealed class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int SkuId { get; set; }
    public Sku Sku { get; set; } = null!;
    public int Quantity { get; set; }

    /// <summary>What one unit cost the customer, in the order's currency's minor units; null when the shop did not say.</summary>
    public long? UnitPriceMinor { get; set; }
}
