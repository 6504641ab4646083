using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Demo;

/// <summary>
/// An order to try the returns portal with (README, "Returns portal"): DEMO-R1, three items, shipped
/// by InPost and delivered three days before the seed, to zwroty@example.pl. Lip balms are sealed
/// hygiene goods (no withdrawal once opened), so the portal shows an exclusion too.
/// </summary>
public static class DemoReturns
{
    public const string OrderNumber = "DEMO-R1";
    public const string Email = "zwroty@example.pl";
    private const int DemoSsccExtension = 3;
    private const string DemoSsccPrefix = "5901234";

    public static void Add(WarehouseDb db, List<Sku> skus, DateTime nowUtc)
    {
        foreach (var balm in skus.Where(s => s.Code.StartsWith("BAL-", StringComparison.Ordinal)))
            balm.WithdrawalExclusion = WithdrawalExclusion.SealedHygiene;
        var items = new[] { skus.First(s => s.Code.StartsWith("KUB-", StringComparison.Ordinal)),
            skus.First(s => s.Code.StartsWith("KSI-", StringComparison.Ordinal)), skus.First(s => s.Code.StartsWith("BAL-", StringComparison.Ordinal)) };
        var delivered = nowUtc.AddDays(-3);
        var order = new Order
        {
            Number = OrderNumber,
            Channel = SalesChannel.OwnShop,
            Carrier = "InPost",
            Service = "Kurier",
            ShipByUtc = delivered.AddDays(-2),
            ReceivedUtc = delivered.AddDays(-3),
            Language = "pl",
            Recipient = new Recipient
            {
                Name = "Zofia Zwrotna", Email = Email, Phone = "+48 600 100 200",
                Street = "ul. Długa 5/3", PostalCode = "30-001", City = "Kraków",
            },
            Lines = [.. items.Select(s => new OrderLine { SkuId = s.Id, Quantity = 1, UnitPriceMinor = DemoData.PriceOf(s) })],
        };
        order.Claim("PACK-01", null);
        order.Pack(delivered.AddDays(-2));
        var parcel = new Parcel
        {
            // The top of the serial range: the SSCC sequence counts up from 1 and must never draw this one.
            Sscc = Sscc.Create(DemoSsccExtension, DemoSsccPrefix, 999_999_999).Value,
            CartonCode = "K3",
            StationCode = "PACK-01",
            WeightGrams = 200 + items.Sum(s => s.WeightGrams),
            ExpectedWeightGrams = items.Sum(s => s.WeightGrams),
            PackedUtc = delivered.AddDays(-2),
            CarrierCode = "INPOST",
            ServiceCode = "KURIER",
        };
        parcel.RequestShipment(delivered.AddDays(-2));
        parcel.Labelled("600000000000000000000019", null, null, delivered.AddDays(-2).AddMinutes(1));
        parcel.Advance(ParcelStatus.Manifested, delivered.AddDays(-2).AddHours(6));
        parcel.Advance(ParcelStatus.InTransit, delivered.AddDays(-1));
        parcel.Advance(ParcelStatus.Delivered, delivered);
        order.Parcels.Add(parcel);
        db.Orders.Add(order);
    }
}
