using Warehouse.Core.Catalog;

namespace Warehouse.Core.Orders;

public sealed class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int SkuId { get; set; }
    public Sku Sku { get; set; } = null!;
    public int Quantity { get; set; }
}
