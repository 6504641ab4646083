namespace Warehouse.Core.Orders;

public enum SalesChannel
{
    OwnShop,
    Allegro,
    Marketplace,
}
