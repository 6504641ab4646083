namespace Warehouse.Core.Stock;

/// <summary>A serial number that has entered the warehouse: unique per SKU, held by a unique index.</summary>
public sealed class StockSerial
{
    public int Id { get; set; }
    public int SkuId { get; set; }
    public required string Serial { get; set; }
}
